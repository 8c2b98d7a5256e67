"""Page editor hooks: its script, and the hero-crop warning after a save."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from core.editor import warn_about_hero_crop


@hooks.register("insert_editor_js")
def editor_js():
    """A same-origin file, never inline code, so it runs under the admin's CSP."""
    return format_html('<script src="{}" defer></script>', static("js/admin/editor.js"))


hooks.register("after_create_page", warn_about_hero_crop)
hooks.register("after_edit_page", warn_about_hero_crop)
