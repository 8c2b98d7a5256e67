"""Parks: the park index at /parks/, park pages, and the themed areas inside a park."""

from decimal import Decimal
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.utils.functional import SimpleLazyObject, cached_property
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from companies.choosers import operator_chooser_viewset, property_owner_chooser_viewset
from companies.identifiers import ExternalIdentifiers
from companies.models import Company
from core.blocks import BodyBlock
from core.htmx import HtmxFragmentMixin, listing_url, requested_page
from core.models import (
    HERO_AND_GALLERY_PANELS,
    HERO_HELP,
    INTRO_HELP,
    BasePage,
    GalleryImage,
    OperatingHistory,
    page_tabs,
)
from core.search_fields import CodeFilterField
from images.renditions import gallery_with_renditions
from parks.choices import ParkStatus, ParkType
from parks.forms import ParkFilterForm
from parks.queries import ParkPageQuerySet
from rides.choices import RideCategory
from rides.forms import RideFilterForm
from rides.models import RidePage

LISTING_PAGE_SIZE = 24


class ParkIndexPage(HtmxFragmentMixin, BasePage):
    """/parks/: every park, filterable in place with htmx and as a plain GET form."""

    intro = models.TextField(blank=True, max_length=500)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["parks.ParkPage"]
    max_count = 1
    htmx_fragments = {"park-results": "includes/park_list_results.html"}

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    edit_handler = page_tabs(("Content", content_panels))

    class Meta:
        verbose_name = "park index"

    def parks(self):
        """Live, public parks under this index, shaped for cards (fixed query count).

        descendant_of rather than child_of: parks can only stand directly under the index
        (parent_page_types), so both select the same pages, but child_of's extra `depth = n`
        leads PostgreSQL to scan every page by primary key (9 ms for a 24-park page and 10 ms
        for its count at 1,000 parks / 10,000 rides, against 3 ms and 1 ms).
        """
        return ParkPage.objects.descendant_of(self).live().public().for_cards()

    def get_context(self, request, *args, **kwargs):
        """Lazy values: the results fragment is kept per content version and query string
        (includes/park_list_results.html), so a kept one builds and counts nothing; only a
        later page needs the count for its pushed URL (past the end, the last page's)."""
        context = super().get_context(request, *args, **kwargs)
        form = ParkFilterForm(
            request.GET, parks=SimpleLazyObject(self.parks), choices_cache_key=self.pk
        )
        page_obj = SimpleLazyObject(
            lambda: Paginator(form.filter(self.parks()), LISTING_PAGE_SIZE).get_page(
                request.GET.get("page")
            )
        )
        later = requested_page(request) > 1
        context.update(
            form=form,
            page_obj=page_obj,
            parks=SimpleLazyObject(lambda: page_obj.object_list),
            htmx_push_url=listing_url(self.get_url(request), form, page_obj if later else None),
        )
        return context


ParkPageManager = PageManager.from_queryset(ParkPageQuerySet)


class ParkPage(ExternalIdentifiers, HtmxFragmentMixin, OperatingHistory, BasePage):
    """One theme park, water park or amusement park; rides live under it in the page tree."""

    # Search results ask every hit for its park (rides get one attached); a failed lookup
    # made Django's templates run dir() on the page, 5 ms per search.
    park_page = None

    status = models.CharField(
        max_length=32, choices=ParkStatus.choices, default=ParkStatus.OPERATING
    )
    park_type = models.CharField(
        max_length=32, choices=ParkType.choices, default=ParkType.THEME_PARK
    )
    operator = models.ForeignKey(
        "companies.Company",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="operated_parks",
        limit_choices_to={"is_operator": True},
    )
    property_owner = models.ForeignKey(
        "companies.Company",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_parks",
        limit_choices_to={"is_property_owner": True},
    )
    city = models.CharField(max_length=120, blank=True)
    region = models.CharField(max_length=120, blank=True, help_text="State, province or county.")
    country = CountryField()
    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(Decimal(-90), "Latitude must be between -90 and 90."),
            MaxValueValidator(Decimal(90), "Latitude must be between -90 and 90."),
        ],
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(Decimal(-180), "Longitude must be between -180 and 180."),
            MaxValueValidator(Decimal(180), "Longitude must be between -180 and 180."),
        ],
    )
    website = models.URLField(blank=True)
    size_hectares = models.DecimalField(
        "size (hectares)",
        max_digits=8,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(Decimal("0.1"), "Size must be a positive number of hectares."),
            MaxValueValidator(Decimal(20000), "No park covers more than 20,000 hectares."),
        ],
    )
    intro = models.TextField(blank=True, max_length=1000, help_text=INTRO_HELP)
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)
    hero_image = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=HERO_HELP,
    )

    objects = ParkPageManager()
    # Joined when the page is served (home.models.HomePage.route): one query, not three.
    serve_select_related = ("operator", "property_owner", "hero_image", "listing_image")

    parent_page_types = ["parks.ParkIndexPage"]
    subpage_types = ["rides.RidePage"]
    htmx_fragments = {"ride-results": "includes/ride_list_results.html"}

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    facts_panels = [
        FieldRowPanel([FieldPanel("status"), FieldPanel("park_type")]),
        *OperatingHistory.history_panels,
        FieldRowPanel(
            [
                FieldPanel("operator", widget=operator_chooser_viewset.widget_class),
                FieldPanel("property_owner", widget=property_owner_chooser_viewset.widget_class),
            ]
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("region"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Location",
        ),
        FieldRowPanel([FieldPanel("website"), FieldPanel("size_hectares")]),
        InlinePanel("areas", label="Park areas", heading="Areas"),
        *ExternalIdentifiers.identifier_panels,
    ]
    # The sources (contributions.ParkSource) and when a moderator last checked the facts.
    last_verified = models.DateField(
        null=True, blank=True, help_text="When a moderator last checked these facts (YYYY-MM-DD)."
    )
    sources_panels = [
        FieldPanel("last_verified"),
        InlinePanel("sources", label="Source", heading="Sources"),
    ]
    edit_handler = page_tabs(
        ("Content", content_panels),
        ("Facts", facts_panels),
        ("Media", HERO_AND_GALLERY_PANELS),
        ("Sources", sources_panels),
    )

    # Search: the name (and former names) weigh most, then place, companies and text. Only live
    # pages are indexed (see get_indexed_objects); the filters back the /search/ facets.
    search_fields = BasePage.search_fields + [
        index.SearchField("former_names", boost=2),
        index.AutocompleteField("former_names"),
        index.SearchField("city"),
        index.SearchField("region"),
        index.SearchField("country_name"),
        index.RelatedFields("operator", [index.SearchField("name")]),
        index.RelatedFields("property_owner", [index.SearchField("name")]),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("status"),
        CodeFilterField("country"),
        index.FilterField("park_type"),
        index.FilterField("operator"),
        index.FilterField("opening_date"),
    ]

    class Meta:
        verbose_name = "park"
        indexes = [
            models.Index(fields=["country", "status"]),
            # The bounding box of "nearby parks" (maps.nearby) is a range scan on these.
            models.Index(fields=["latitude", "longitude"], name="parkpage_lat_lon_idx"),
        ]

    @classmethod
    def get_indexed_objects(cls):
        """The search index holds only published parks: drafts can never leak into results."""
        return super().get_indexed_objects().filter(live=True)

    @property
    def country_name(self):
        return self.country.name

    def clean(self):
        super().clean()
        if errors := self.history_errors():
            raise ValidationError(errors)

    @property
    def location_label(self):
        return ", ".join(part for part in (self.city, self.region, self.country.name) if part)

    @property
    def website_domain(self):
        """'cedarpoint.com' for https://www.cedarpoint.com/: short, and never broken mid-word."""
        host = urlsplit(self.website).hostname or self.website
        return host.removeprefix("www.")

    @property
    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        return f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}#map=15/{self.latitude}/{self.longitude}"

    def rides(self):
        """Live, public rides of this park, shaped for listing with a fixed query count."""
        return RidePage.objects.child_of(self).live().public().for_cards().order_by("title")

    @cached_property
    def ride_counts(self):
        return self.rides().aggregate(
            rides=Count("pk"), coasters=Count("pk", filter=Q(category=RideCategory.ROLLER_COASTER))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # All lazy: a kept page body (templates/parks/park_page.html, per content version and
        # filters) needs none of them, and the pushed URL is read only by an htmx request.
        areas = SimpleLazyObject(lambda: list(self.areas.all()))
        form = SimpleLazyObject(lambda: RideFilterForm(request.GET, areas=areas))
        context["ride_filter_form"] = form
        url = self.get_url(request)
        context["htmx_push_url"] = SimpleLazyObject(lambda: listing_url(url, form))
        context["ride_groups"] = SimpleLazyObject(lambda: form.grouped(form.filter(self.rides())))
        context["areas"] = areas
        context["gallery"] = gallery_with_renditions(self)
        self.load_companies()
        return context

    def load_companies(self):
        """Fetch the operator and the property owner in one query instead of one each."""
        loaded = self._state.fields_cache
        if "operator" in loaded and "property_owner" in loaded:
            return  # already joined when the page was served (serve_select_related)
        ids = {self.operator_id, self.property_owner_id} - {None}
        companies = Company.objects.in_bulk(ids) if ids else {}
        for name in ("operator", "property_owner"):
            company = companies.get(getattr(self, f"{name}_id"))
            if company is not None:
                setattr(self, name, company)

    def structured_data(self, request):
        data = super().structured_data(request)
        data["@type"] = "AmusementPark"
        data["description"] = self.meta_description
        address = {"@type": "PostalAddress", "addressCountry": self.country.code}
        if self.city:
            address["addressLocality"] = self.city
        if self.region:
            address["addressRegion"] = self.region
        data["address"] = address
        if self.latitude is not None and self.longitude is not None:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        if self.website:
            data["sameAs"] = [self.website, *data.get("sameAs", [])]
        if self.opening_date:
            data["foundingDate"] = self.opened.iso
        return data


def attach_parks(rides):
    """Set `park_page` on each ride with one query for all their parks; returns the list."""
    rides = list(rides)
    parent_paths = {ride.path[: -ParkPage.steplen] for ride in rides}
    # Listings show a park's name, place and link: only those columns are loaded.
    fields = ("path", "url_path", "slug", "title", "city", "region", "country", "locale")
    parks = ParkPage.objects.filter(path__in=parent_paths).only(*fields)
    parks = {park.path: park for park in parks}
    for ride in rides:
        ride.park_page = parks.get(ride.path[: -ParkPage.steplen])
    return rides


class ParkArea(Orderable):
    """A themed land inside a park; rides may name the area they stand in."""

    park = ParentalKey(ParkPage, on_delete=models.CASCADE, related_name="areas")
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True, max_length=1000)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["park", "name"], name="unique_area_name_per_park")
        ]

    def __str__(self):
        return self.name


class ParkGalleryImage(GalleryImage):
    page = ParentalKey(ParkPage, on_delete=models.CASCADE, related_name="gallery_images")
