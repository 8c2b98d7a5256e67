"""Filter forms of /records/, /stats/ and the timelines (the site's FilterForm contract:
invalid values are dropped with a field error shown, the rest still apply)."""

import datetime

from django import forms
from django_countries import countries

from core.forms import FilterForm
from core.widgets import plain_selects
from operations.cache import per_content_version
from parks.models import ParkPage
from records.continents import Continent
from records.statistics import DEFAULT_STATISTIC, STATISTICS
from rides.choices import CoasterType, LaunchType, RideCategory, TrackMaterial

EARLIEST_YEAR = 1800


def park_countries():
    """(code, name) of every country with a live park, by name: one query over every park
    (8 ms at 10,000 parks), so it is kept per content version."""
    return per_content_version("park-countries", count_park_countries)


def count_park_countries():
    codes = ParkPage.objects.live().order_by().values_list("country", flat=True).distinct()
    return sorted(((code, countries.name(code)) for code in codes if code), key=lambda c: c[1])


class PlaceFilterForm(FilterForm):
    """Country and continent, shared by every page here."""

    country = forms.ChoiceField(required=False)
    continent = forms.ChoiceField(
        required=False, choices=[("", "Any continent"), *Continent.choices]
    )

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        plain_selects(self)
        self.fields["country"].choices = [("", "Any country"), *park_countries()]


class RecordsFilterForm(PlaceFilterForm):
    stat = forms.ChoiceField(
        required=False,
        label="Statistic",
        choices=[(key, stat.label) for key, stat in STATISTICS.items()],
    )
    track_material = forms.ChoiceField(
        required=False, label="Track", choices=[("", "Any track"), *TrackMaterial.choices]
    )
    coaster_type = forms.ChoiceField(
        required=False, label="Coaster type", choices=[("", "Any type"), *CoasterType.choices]
    )
    launch_type = forms.ChoiceField(
        required=False, label="Launch / lift", choices=[("", "Any"), *LaunchType.choices]
    )
    status = forms.ChoiceField(
        required=False,
        choices=[("", "Operating"), ("all", "All, including closed")],
        help_text="Ignored when a year is given.",
    )
    field_order = ["stat", "track_material", "coaster_type", "launch_type", "country"]

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        # Built here, not on the class, so the upper bound is this year, not the deploy's.
        self.fields["year"] = forms.IntegerField(
            required=False,
            label="Operating at the end of",
            min_value=EARLIEST_YEAR,
            max_value=datetime.date.today().year,
            help_text="A year: the rides operating on its last day, by their dates.",
        )

    @property
    def statistic(self):
        return STATISTICS[self.values.get("stat") or DEFAULT_STATISTIC]


class CensusFilterForm(PlaceFilterForm):
    category = forms.ChoiceField(
        required=False,
        label="Rides of category",
        choices=[("", "All rides"), *RideCategory.choices],
    )


class TimelineFilterForm(PlaceFilterForm):
    category = forms.ChoiceField(
        required=False, choices=[("", "All categories"), *RideCategory.choices]
    )
