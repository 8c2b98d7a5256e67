"""The page editor's own rules on top of Wagtail's: no autosave before the first save, and a
warning when a hero photo will be cropped hard."""

from django.contrib import messages
from wagtail.admin.views.pages.create import CreateView

# The hero slot (images.slots.HERO) shows photos at 2.4:1; a photo narrower than 2:1 loses
# more than a sixth of its height (a 3:2 landscape loses 37 %), so the editor hears about it.
HERO_RATIO = 2.4
HERO_RATIO_WARNING_BELOW = 2.0

AUTOSAVE_BEFORE_FIRST_SAVE = (
    "This page is not saved yet: save a draft or submit it first; autosave starts after that."
)


class CreatePageView(CreateView):
    """Wagtail's "add page" form without autosave.

    Wagtail 8 autosaves the add form as soon as it is valid, which creates the page: every
    abandoned attempt left a draft behind, and the editor's own first save then collided with
    it. Here a page exists only once the editor saves or submits it; from then on the edit
    view autosaves as usual (WAGTAIL_AUTOSAVE_INTERVAL).
    """

    def get(self, request):
        self.autosave_enabled = False
        return super().get(request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_indicator"] = None  # nothing to report until the first save
        return context

    def post(self, request):
        self.autosave_enabled = False
        if self.expects_json_response:
            # Only autosave posts JSON here (a tab opened before this rule existed).
            return self.json_error_response("autosave_disabled", AUTOSAVE_BEFORE_FIRST_SAVE)
        return super().post(request)


def hero_crop_warning(page):
    """A sentence for the editor when the page's hero photo is much taller than 2.4:1, or ""."""
    image = getattr(page, "hero_image", None)
    if image is None or not image.width or not image.height:
        return ""
    if image.width / image.height >= HERO_RATIO_WARNING_BELOW:
        return ""
    shown = round(image.width / HERO_RATIO)
    advice = (
        "its focal point decides what stays"
        if image.has_focal_point()
        else "set a focal point on the image to choose what stays"
    )
    return (
        f"The hero photo is {image.width}×{image.height}; the page shows it 2.4:1 "
        f"({image.width}×{shown}), cutting off the top and bottom: {advice}."
    )


def warn_about_hero_crop(request, page):
    """after_create_page / after_edit_page: show hero_crop_warning as a message."""
    warning = hero_crop_warning(page.specific)
    if warning:
        messages.warning(request, warning)
