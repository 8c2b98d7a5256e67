"""Site-wide parts: the image model, the abstract base page, and the home page."""

import datetime
import json
import logging
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils.cache import patch_vary_headers
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.images.models import AbstractImage, AbstractRendition, SourceImageIOError
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.utils.file import hash_filelike

from home.renditions import (
    LIGHTBOX,
    STORAGE_ERRORS,
    THUMBNAIL,
    MetadataFreeFilter,
    images_with_renditions,
)
from home.uploads import inspect_image_upload

logger = logging.getLogger(__name__)


class ImageLicence(models.TextChoices):
    CC0 = "cc0", "CC0 (public domain dedication)"
    PUBLIC_DOMAIN = "public-domain", "Public domain"
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    PERMISSION = "permission", "Used with the rights holder's permission"
    OWN_WORK = "own-work", "Contributor's own work, licensed to ThrillWiki"


class CustomImage(AbstractImage):
    """Photos carry rights metadata: a wiki publishes other people's pictures, so every image
    records who took it, under which licence, and where it came from, and has real alt text."""

    alt_text = models.CharField(
        max_length=255,
        help_text="Describe the photo for readers who cannot see it.",
    )
    credit = models.CharField(max_length=255, help_text="Photographer or rights holder.")
    licence = models.CharField(max_length=32, choices=ImageLicence.choices)
    source_url = models.URLField(blank=True, help_text="Where the original was published.")

    admin_form_fields = (
        "title",
        "file",
        "alt_text",
        "credit",
        "licence",
        "source_url",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    search_fields = AbstractImage.search_fields + [index.SearchField("credit")]

    @property
    def default_alt_text(self):
        return self.alt_text or self.title

    @property
    def attribution(self):
        return f"{self.credit} · {self.get_licence_display()}"

    def clean(self):
        super().clean()
        # Files not yet stored are checked from their header (home.uploads); stored ones were
        # checked on the way in and are not downloaded again.
        if self.file and not getattr(self.file, "_committed", True):
            try:
                inspect_image_upload(self.file.file)
            except ValidationError as error:
                raise ValidationError({"file": error}) from None

    def store_uploaded_file(self):
        """Write a newly assigned, not yet stored file to storage; returns its stored name.

        The size, hash and dimensions come from the upload in memory, so saving the row later
        does not download the original again. Storage errors propagate to the caller.
        """
        field_file = self.file
        upload = field_file.file
        upload.seek(0)
        self.file_size = upload.size
        self.file_hash = hash_filelike(upload)
        upload.seek(0)
        field = self._meta.get_field("file")
        name = field.generate_filename(self, upload.name)
        field_file.name = field_file.storage.save(name, upload, max_length=field.max_length)
        field_file._committed = True
        self._metadata_from_upload = True
        return field_file.name

    def _set_image_file_metadata(self):
        if getattr(self, "_metadata_from_upload", False):
            return
        super()._set_image_file_metadata()

    def generate_rendition_file(self, filter, *, source=None):
        # Every rendition is made without EXIF/XMP (see home.renditions.StripMetadata).
        return super().generate_rendition_file(MetadataFreeFilter(filter.spec), source=source)

    def create_rendition(self, filter):
        return self._storage_errors_as_source_errors(super().create_rendition, filter)

    def create_renditions(self, *filters):
        return self._storage_errors_as_source_errors(super().create_renditions, *filters)

    @staticmethod
    def _storage_errors_as_source_errors(make, *args):
        """Report an unreachable store the way Wagtail reports a missing original, so a page
        whose renditions are missing still renders (with a broken image) during an outage."""
        try:
            return make(*args)
        except SourceImageIOError:
            raise
        except STORAGE_ERRORS as exc:
            logger.warning("Could not make a rendition: storage unavailable: %s", exc)
            raise SourceImageIOError(str(exc)) from exc


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class DatePrecision(models.TextChoices):
    DAY = "day", "Exact day"
    MONTH = "month", "Month only"
    YEAR = "year", "Year only"


@dataclass(frozen=True)
class ApproximateDate:
    """A date shown no more precisely than it is known ("1870", "June 1870", "1 June 1870")."""

    value: datetime.date
    precision: str = DatePrecision.DAY

    @property
    def iso(self):
        """A valid HTML <time datetime> value at the same precision."""
        formats = {DatePrecision.YEAR: "%Y", DatePrecision.MONTH: "%Y-%m"}
        return self.value.strftime(formats.get(self.precision, "%Y-%m-%d"))

    def __str__(self):
        if self.precision == DatePrecision.YEAR:
            return str(self.value.year)
        if self.precision == DatePrecision.MONTH:
            return self.value.strftime("%B %Y")
        return f"{self.value.day} {self.value.strftime('%B %Y')}"


class OperatingHistory(models.Model):
    """Opening and closing dates (with how precisely each is known) and former names, shared by
    parks and rides; a closing date before the opening date is a field error."""

    opening_date = models.DateField(null=True, blank=True)
    opening_date_precision = models.CharField(
        "opening date known to", max_length=8, choices=DatePrecision.choices, default="day"
    )
    closing_date = models.DateField(null=True, blank=True)
    closing_date_precision = models.CharField(
        "closing date known to", max_length=8, choices=DatePrecision.choices, default="day"
    )
    former_names = models.TextField(blank=True, help_text="One former name per line.")

    history_panels = [
        FieldRowPanel([FieldPanel("opening_date"), FieldPanel("opening_date_precision")]),
        FieldRowPanel([FieldPanel("closing_date"), FieldPanel("closing_date_precision")]),
        FieldPanel("former_names"),
    ]

    class Meta:
        abstract = True

    @property
    def opened(self):
        return self.opening_date and ApproximateDate(self.opening_date, self.opening_date_precision)

    @property
    def closed(self):
        return self.closing_date and ApproximateDate(self.closing_date, self.closing_date_precision)

    @property
    def former_names_list(self):
        return [name.strip() for name in self.former_names.splitlines() if name.strip()]

    def history_errors(self):
        if self.opening_date and self.closing_date and self.closing_date <= self.opening_date:
            return {"closing_date": "The closing date must be after the opening date."}
        return {}


def card_image_prefetches():
    """Prefetch card images and their renditions, so a listing's query count is fixed."""
    images = images_with_renditions(THUMBNAIL)
    return [Prefetch("hero_image", queryset=images), Prefetch("listing_image", queryset=images)]


def gallery_with_renditions(page):
    """A page's gallery items with their images and renditions in three queries, however many."""
    images = images_with_renditions(THUMBNAIL, LIGHTBOX)
    return page.gallery_images.prefetch_related(Prefetch("image", queryset=images))


class HtmxFragmentMixin:
    """Serve one fragment of the page to htmx requests that target it.

    `htmx_fragments` maps an element id to the partial template that renders it; the full
    page includes the same partial, so each fragment has exactly one template. A context value
    `htmx_push_url` becomes the HX-Push-Url header, so the address bar shows a clean URL.
    """

    htmx_fragments = {}

    def get_template(self, request, *args, **kwargs):
        htmx = getattr(request, "htmx", None)
        if htmx and not htmx.boosted and htmx.target in self.htmx_fragments:
            return self.htmx_fragments[htmx.target]
        return super().get_template(request, *args, **kwargs)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        patch_vary_headers(response, ["HX-Request", "HX-Target"])
        push_url = (getattr(response, "context_data", None) or {}).get("htmx_push_url")
        if getattr(request, "htmx", None) and push_url:
            response["HX-Push-Url"] = push_url
        return response


class BasePage(Page):
    """Fields every public page shares: a listing summary and image for cards and social
    sharing, and the SEO tab. Page types add only what is theirs."""

    listing_summary = models.TextField(
        blank=True,
        max_length=300,
        help_text="Short text for cards and search results; the meta description falls back to it.",
    )
    listing_image = models.ForeignKey(
        "home.CustomImage",
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = self.json_ld(request)
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

    image = models.ForeignKey("home.CustomImage", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        abstract = True


class HomePage(BasePage):
    """The front door: featured parks and rides, site totals and recent changes."""

    intro = models.TextField(blank=True, max_length=500)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["parks.ParkIndexPage"]
    max_count = 1

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("featured_pages", label="Featured parks and rides", max_num=12),
    ]
    edit_handler = page_tabs(("Content", content_panels))

    def get_context(self, request, *args, **kwargs):
        from parks.models import ParkPage
        from rides.models import RidePage, attach_parks

        context = super().get_context(request, *args, **kwargs)
        order = [feature.page_id for feature in self.featured_pages.all()]
        parks = ParkPage.objects.live().public().filter(pk__in=order).for_cards()
        rides = RidePage.objects.live().public().filter(pk__in=order).for_cards()
        context["featured_parks"] = sorted(parks, key=lambda p: order.index(p.pk))
        context["featured_rides"] = attach_parks(sorted(rides, key=lambda r: order.index(r.pk)))
        context["recently_updated"] = self.recently_updated()
        return context

    @cached_property
    def totals(self):
        from parks.models import ParkPage
        from rides.models import RideCategory, RidePage

        parks = ParkPage.objects.live().public()
        rides = RidePage.objects.live().public()
        return {
            "parks": parks.count(),
            "countries": parks.order_by().values("country").distinct().count(),
            **rides.aggregate(
                rides=Count("pk"),
                coasters=Count("pk", filter=Q(category=RideCategory.ROLLER_COASTER)),
            ),
        }

    def recently_updated(self, limit=8):
        from parks.models import ParkPage
        from rides.models import RidePage

        return (
            Page.objects.live()
            .public()
            .type(ParkPage, RidePage)
            .exclude(last_published_at=None)
            .order_by("-last_published_at")[:limit]
        )

    def structured_data(self, request):
        data = super().structured_data(request)
        data["@type"] = "WebSite"
        return data


class HomePageFeature(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page", ["parks.ParkPage", "rides.RidePage"])]
