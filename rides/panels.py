"""The ride editor's tabs: Content (with the category), Facts, Statistics, Media, Sources."""

from django import forms
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)

from companies.choosers import designer_chooser_viewset, manufacturer_chooser_viewset
from companies.identifiers import RideIdentifiers
from core.models import HERO_AND_GALLERY_PANELS, BasePage, OperatingHistory, page_tabs
from rides.choosers import ride_model_chooser_viewset

# The category comes comes first: it decides whether the Statistics tab applies (the admin script
# static/js/admin/editor.js shows that tab only while "Roller coaster" is chosen).
RIDE_CONTENT_PANELS = BasePage.content_panels + [
    FieldPanel(
        "category",
        widget=forms.Select(
            attrs={"data-shows-tab": "statistics", "data-shows-tab-when": "roller_coaster"}
        ),
    ),
    FieldPanel("intro"),
    FieldPanel("body"),
]
FACTS_PANELS = [
    FieldRowPanel([FieldPanel("status"), FieldPanel("park_area")]),
    *OperatingHistory.history_panels,
    FieldRowPanel(
        [
            FieldPanel("manufacturer", widget=manufacturer_chooser_viewset.widget_class),
            FieldPanel("designer", widget=designer_chooser_viewset.widget_class),
        ]
    ),
    FieldPanel(
        "ride_model",
        widget=ride_model_chooser_viewset.widget_class(
            linked_fields={"manufacturer": "#id_manufacturer"}
        ),
    ),
    FieldRowPanel(
        [FieldPanel("min_height_cm"), FieldPanel("capacity_per_hour"), FieldPanel("duration_s")]
    ),
    FieldRowPanel(
        [
            PageChooserPanel("relocated_from", "rides.RidePage"),
            PageChooserPanel("replaces", "rides.RidePage"),
        ]
    ),
    *RideIdentifiers.identifier_panels,
]
STATISTICS_PANELS = [
    MultiFieldPanel(
        [
            FieldRowPanel(
                [
                    FieldPanel("track_material"),
                    FieldPanel("coaster_type"),
                    FieldPanel("launch_type"),
                ]
            ),
            FieldRowPanel([FieldPanel("height_m"), FieldPanel("drop_m"), FieldPanel("length_m")]),
            FieldRowPanel(
                [
                    FieldPanel("speed_kmh"),
                    FieldPanel("inversions"),
                    FieldPanel("max_vertical_angle_deg"),
                    FieldPanel("g_force"),
                ]
            ),
            FieldRowPanel(
                [
                    FieldPanel("trains"),
                    FieldPanel("cars_per_train"),
                    FieldPanel("riders_per_car"),
                ]
            ),
        ],
        heading="Roller-coaster statistics",
        help_text="Metric units. Only roller coasters have these statistics.",
    ),
]
SOURCES_PANELS = [
    FieldPanel("last_verified"),
    InlinePanel("sources", label="Source", heading="Sources"),
]
RIDE_EDITOR_TABS = page_tabs(
    ("Content", RIDE_CONTENT_PANELS),
    ("Facts", FACTS_PANELS),
    ("Statistics", STATISTICS_PANELS),
    ("Media", HERO_AND_GALLERY_PANELS),
    ("Sources", SOURCES_PANELS),
)
