"""Rides: ride pages (always under their park) and the ride models manufacturers sell."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from companies.choosers import manufacturer_chooser_viewset
from companies.identifiers import RideIdentifiers
from core.blocks import BodyBlock
from core.models import (
    HERO_HELP,
    INTRO_HELP,
    BasePage,
    GalleryImage,
    OperatingHistory,
)
from core.query import PublicPageQuerySet
from images.renditions import card_image_prefetches, gallery_with_renditions
from rides.choices import CoasterType, LaunchType, RideCategory, RideStatus, TrackMaterial
from rides.fields import count_stat, decimal_stat, stat_range
from rides.forms import OTHER_PARK_AREA, RidePageForm
from rides.history import history_links
from rides.indexing import park_place, ride_park_label
from rides.panels import RIDE_CONTENT_PANELS, RIDE_EDITOR_TABS
from rides.units import format_imperial, format_metric, reader_number


class RideModel(index.Indexed, models.Model):
    """A ride design sold by a manufacturer (e.g. Vekoma's Boomerang); many rides share one."""

    manufacturer = models.ForeignKey(
        "companies.Company",
        on_delete=models.PROTECT,
        related_name="ride_models",
        limit_choices_to={"is_manufacturer": True},
    )
    name = models.CharField(max_length=255)
    slug = models.SlugField(max_length=255, unique=True)
    category = models.CharField(max_length=32, choices=RideCategory.choices)
    description = models.TextField(blank=True)

    panels = [
        FieldPanel("manufacturer", widget=manufacturer_chooser_viewset.widget_class),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("category"),
        FieldPanel("description"),
    ]

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.RelatedFields("manufacturer", [index.SearchField("name")]),
        index.FilterField("category"),
    ]

    class Meta:
        ordering = ["manufacturer__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["manufacturer", "name"], name="unique_ride_model_per_manufacturer"
            )
        ]

    def __str__(self):
        return f"{self.manufacturer.name} {self.name}"

    def get_absolute_url(self):
        return reverse("rides:ride_model", kwargs={"slug": self.slug})


class RidePageQuerySet(PublicPageQuerySet):
    def for_cards(self):
        return (
            self.select_related("manufacturer", "park_area", "ride_model")
            .prefetch_related(*card_image_prefetches())
            .defer_streamfields()
        )


class RidePage(RideIdentifiers, OperatingHistory, BasePage):
    """One ride. It always stands in a park, so it lives under that park in the page tree."""

    COASTER_FIELDS = (
        "track_material",
        "coaster_type",
        "launch_type",
        "height_m",
        "drop_m",
        "length_m",
        "speed_kmh",
        "inversions",
        "max_vertical_angle_deg",
        "g_force",
        "trains",
        "cars_per_train",
        "riders_per_car",
    )

    category = models.CharField(
        max_length=32,
        choices=RideCategory.choices,
        help_text="Only roller coasters have the Statistics tab.",
    )
    status = models.CharField(
        max_length=32, choices=RideStatus.choices, default=RideStatus.OPERATING
    )
    park_area = models.ForeignKey(
        "parks.ParkArea",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="rides",
        help_text="The themed area of the park the ride stands in. Only this park's areas are "
        "offered; add a missing one on the park's Facts tab.",
    )
    manufacturer = models.ForeignKey(
        "companies.Company",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="manufactured_rides",
        limit_choices_to={"is_manufacturer": True},
    )
    designer = models.ForeignKey(
        "companies.Company",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="designed_rides",
        limit_choices_to={"is_designer": True},
    )
    ride_model = models.ForeignKey(
        RideModel,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="rides",
        help_text="Choose the manufacturer first: the chooser then offers only its models, "
        "and can add a missing one.",
    )
    min_height_cm = count_stat("minimum rider height (cm)", 200)
    capacity_per_hour = models.PositiveIntegerField(
        "capacity per hour",
        null=True,
        blank=True,
        validators=stat_range(0, 10000, "riders per hour", "Capacity"),
    )
    duration_s = models.PositiveIntegerField(
        "duration (seconds)",
        null=True,
        blank=True,
        validators=stat_range(0, 7200, "seconds", "Duration"),
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
    # One ride's history across parks: the page of the same ride at its former home, and the
    # ride this one took the place of. The reverse links ("Moved to", "Replaced by") follow.
    relocated_from = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="relocated_to",
        help_text="This same ride's page at the park it stood in before.",
    )
    replaces = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaced_by",
        help_text="The ride this one took the place of.",
    )

    # Roller-coaster statistics, stored in metric units.
    track_material = models.CharField(max_length=16, choices=TrackMaterial.choices, blank=True)
    coaster_type = models.CharField(max_length=32, choices=CoasterType.choices, blank=True)
    launch_type = models.CharField(
        "launch / lift", max_length=32, choices=LaunchType.choices, blank=True
    )
    height_m = decimal_stat("height (m)", 250, "m")
    drop_m = decimal_stat("drop (m)", 250, "m")
    length_m = decimal_stat("length (m)", 10000, "m", digits=7)
    speed_kmh = decimal_stat("top speed (km/h)", 300, "km/h")
    inversions = count_stat("inversions", 20)
    max_vertical_angle_deg = decimal_stat("maximum vertical angle (°)", 180, "°", digits=4)
    g_force = decimal_stat(
        "maximum g-force (g)",
        7,
        "g",
        places=2,
        digits=4,
        help_text="Peak positive g, in multiples of Earth's gravity, e.g. 4.5.",
    )
    trains = count_stat("trains", 20)
    cars_per_train = count_stat("cars per train", 30)
    riders_per_car = count_stat("riders per car", 40)

    objects = PageManager.from_queryset(RidePageQuerySet)()
    # Joined when the page is served (home.models.HomePage.route): one query, not five.
    serve_select_related = ("manufacturer", "designer", "ride_model", "park_area", "hero_image")

    base_form_class = RidePageForm
    parent_page_types = ["parks.ParkPage"]
    subpage_types = []

    # When a moderator last checked the facts (the sources are contributions.RideSource).
    last_verified = models.DateField(
        null=True, blank=True, help_text="When a moderator last checked these facts (YYYY-MM-DD)."
    )
    content_panels = RIDE_CONTENT_PANELS
    edit_handler = RIDE_EDITOR_TABS

    # Search: the name (and former names) weigh most; the park's name and place, the companies
    # and the ride model find a ride too. Only live pages are indexed (get_indexed_objects).
    search_fields = BasePage.search_fields + [
        index.SearchField("former_names", boost=2),
        index.AutocompleteField("former_names"),
        index.SearchField("park_label"),
        index.RelatedFields("manufacturer", [index.SearchField("name")]),
        index.RelatedFields("designer", [index.SearchField("name")]),
        index.RelatedFields("ride_model", [index.SearchField("name")]),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("status"),
        index.FilterField("manufacturer"),
        index.FilterField("opening_date"),
    ]

    class Meta:
        verbose_name = "ride"
        indexes = [models.Index(fields=["category", "status"])]

    @classmethod
    def get_indexed_objects(cls):
        """Only published rides (drafts never leak into results), each row with its park's
        name and place, so indexing does not ask each ride for its parent page."""
        return super().get_indexed_objects().filter(live=True).annotate(indexed_park=park_place())

    @property
    def park_label(self):
        """The park's name and place, indexed so "coasters in Ohio" finds Ohio's rides."""
        return ride_park_label(self)

    @property
    def is_roller_coaster(self):
        return self.category == RideCategory.ROLLER_COASTER

    @property
    def has_statistics(self):
        return any(getattr(self, name) not in (None, "") for name in self.COASTER_FIELDS)

    def clean(self):
        super().clean()
        errors = self.history_errors()
        if not self.is_roller_coaster:
            label = self.get_category_display().lower() or "ride that is not a roller coaster"
            for name in self.COASTER_FIELDS:
                if getattr(self, name) not in (None, ""):
                    errors[name] = f"Only roller coasters have this statistic; this is a {label}."
        if self.ride_model_id and self.manufacturer_id:
            if self.ride_model.manufacturer_id != self.manufacturer_id:
                errors["ride_model"] = "This ride model is made by a different manufacturer."
        # A new page has no place in the tree yet; RidePageForm checks it against its parent.
        if self.park_area_id and self.depth and self.park_area.park_id != self.get_parent().pk:
            errors["park_area"] = OTHER_PARK_AREA
        for name in ("relocated_from", "replaces"):
            if self.pk and getattr(self, f"{name}_id") == self.pk:
                errors[name] = "Choose another ride: a ride cannot link to its own page."
        if errors:
            raise ValidationError(errors)

    @property
    def duration_label(self):
        if self.duration_s is None:
            return ""
        minutes, seconds = divmod(self.duration_s, 60)
        return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"

    def description_rows(self):
        """What kind of coaster it is (track material, type, lift): words, not measurements,
        so the page lists them apart from the statistics table."""
        rows = []
        for name in ("track_material", "coaster_type", "launch_type"):
            if getattr(self, name):
                label = self._meta.get_field(name).verbose_name
                value = getattr(self, f"get_{name}_display")()
                rows.append({"name": name, "label": label.capitalize(), "value": value})
        return rows

    def statistics_rows(self):
        """Rows for the statistics table: label, metric value, imperial value (numbers only,
        grouped for the reader's language: "2,010.2 m")."""
        rows = []
        for name, label, unit in (
            ("height_m", "Height", "m"),
            ("drop_m", "Drop", "m"),
            ("length_m", "Length", "m"),
            ("speed_kmh", "Top speed", "km/h"),
        ):
            value = getattr(self, name)
            if value is not None:
                metric, imperial = format_metric(value, unit), format_imperial(value, unit)
                rows.append({"name": name, "label": label, "metric": metric, "imperial": imperial})
        for name, label, suffix in (
            ("inversions", "Inversions", ""),
            ("max_vertical_angle_deg", "Maximum vertical angle", "°"),
            ("g_force", "Maximum g-force", " g"),
            ("trains", "Trains", ""),
            ("cars_per_train", "Cars per train", ""),
            ("riders_per_car", "Riders per car", ""),
        ):
            value = getattr(self, name)
            if value is not None:
                text = f"{reader_number(value)}{suffix}"
                rows.append({"name": name, "label": label, "metric": text, "imperial": ""})
        return rows

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy, like the gallery: the page body that shows them is cached per content version
        # (templates/rides/ride_page.html).
        context["park"] = SimpleLazyObject(lambda: self.get_parent().specific_deferred)
        context["gallery"] = gallery_with_renditions(self)
        context["history_links"] = SimpleLazyObject(lambda: history_links(self))
        return context

    def structured_data(self, request):
        data = super().structured_data(request)
        data["@type"] = "TouristAttraction"
        data["description"] = self.meta_description
        park = self.get_parent()
        data["containedInPlace"] = {
            "@type": "AmusementPark",
            "name": park.title,
            "url": park.get_full_url(request),
        }
        return data


class RideGalleryImage(GalleryImage):
    page = ParentalKey(RidePage, on_delete=models.CASCADE, related_name="gallery_images")
