"""The abstract base page every public page type builds on, and its editor tabs."""

import json
from functools import partial

from django.db import models
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import Orderable, Page, PageViewRestriction

from core.query import site_has_view_restrictions

# Help for the intro field of park and ride pages (both cap it at 1,000 characters).
INTRO_HELP = (
    "The opening paragraph, up to 1,000 characters. Search engines and link previews show it "
    "as the page description unless the SEO tab has a search description or listing summary."
)
# Help for the hero image: the hero slot (images.slots.HERO) crops to 2.4:1.
HERO_HELP = (
    "Shown 2.4:1 across the top of the page (a 1600×1000 photo becomes 1600×667): the top and "
    "bottom of taller photos are cut off, around the image's focal point if it has one. "
    "Landscape photos at least 1600 px wide look best."
)


class BasePage(Page):
    """Fields every public page shares: a listing summary and image for cards and social
    sharing, and the SEO tab. Page types add only what is theirs."""

    listing_summary = models.TextField(
        blank=True,
        max_length=300,
        help_text="Short text for cards and search results; the meta description falls back to it.",
    )
    listing_image = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Used on cards and for social sharing when it should differ from the hero image.",
    )

    seo_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading="Search engines",
        ),
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")], heading="Listings"
        ),
        FieldPanel("show_in_menus"),
    ]

    class Meta:
        abstract = True

    @property
    def card_image(self):
        return self.listing_image or getattr(self, "hero_image", None)

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or getattr(self, "intro", "")

    def get_view_restrictions(self):
        """The restrictions Wagtail checks before serving this page.

        Wagtail reads the page's ancestors and then their restrictions (two queries per page
        view); when the site has no restriction at all (the request's memoised read, see
        core.query) none can apply, so both are skipped.
        """
        if not site_has_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Called by the template only where it renders <head>: an htmx fragment never does,
        # and building the object costs a full URL (the site's root paths) per request.
        context["structured_data"] = partial(self.json_ld, request)
        return context

    def structured_data(self, request):
        """The schema.org object for this page; page types extend it."""
        return {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": self.title,
            "url": self.get_full_url(request),
        }

    def json_ld(self, request):
        # Escape "<" so page text can never close the surrounding <script> element.
        return json.dumps(self.structured_data(request), ensure_ascii=False).replace("<", "\\u003c")


def page_tabs(*tabs):
    """The editor's tabs: the page type's own (label, panels) pairs, then SEO and Settings."""
    return TabbedInterface(
        [ObjectList(panels, heading=heading) for heading, panels in tabs]
        + [
            ObjectList(BasePage.seo_panels, heading="SEO"),
            ObjectList(BasePage.settings_panels, heading="Settings"),
        ]
    )


# The Media tab of park and ride pages: a hero image and the ordered gallery.
HERO_AND_GALLERY_PANELS = [
    FieldPanel("hero_image"),
    InlinePanel("gallery_images", label="Gallery photo", heading="Gallery"),
]


class GalleryImage(Orderable):
    """One photo in a page's ordered gallery."""

    image = models.ForeignKey("images.CustomImage", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        abstract = True
