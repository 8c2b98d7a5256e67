"""Page editor hooks: its script, the hero-crop warning after a save and content checks."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from core.content_checks import add_field_checks
from core.editor import warn_about_hero_crop


@hooks.register("insert_editor_js")
def editor_js():
    """A same-origin file, never inline code, so it runs under the admin's CSP."""
    return format_html('<script src="{}" defer></script>', static("js/admin/editor.js"))


hooks.register("after_create_page", warn_about_hero_crop)
hooks.register("after_edit_page", warn_about_hero_crop)
# The checker flags a missing intro, meta description or listing summary (core.content_checks).
hooks.register("construct_wagtail_userbar", add_field_checks)
