"""The map's filters (the /parks/ filter form, plus "has roller coasters", minus sorting) and
the parks and ride counts they filter."""

from django import forms
from django.db.models import Count, F, Q
from django.db.models.functions import Substr

from operations.cache import per_content_version
from parks.forms import ParkFilterForm
from parks.models import ParkPage
from rides.choices import RideCategory
from rides.models import RidePage


def mappable_parks():
    """Live, public parks that have coordinates."""
    return ParkPage.objects.live().public().filter(latitude__isnull=False, longitude__isnull=False)


def _rides_by_park():
    """Live, public rides, each with its park's tree path (rides stand directly under parks)."""
    park_path = Substr("path", 1, (F("depth") - 1) * RidePage.steplen)
    return RidePage.objects.live().public().order_by().annotate(park_path=park_path)


def ride_counts():
    """{park path: (rides, roller coasters)} of every park, kept in the cache under the
    content version: the counts change only when a page is published, unpublished, moved,
    deleted or restricted, and each of those bumps the version, so a cached copy is never
    stale. Counting 10,000 rides was most of the map feed's database time."""
    return per_content_version("map-ride-counts", count_rides)


def count_rides():
    """{park path: (rides, roller coasters)} in one grouped query over the rides.

    The map shows every park at once: ParkPageQuerySet.with_ride_counts (two correlated
    subqueries per park, right for a page of 24 cards) took 200 ms for 1,000 parks; one
    GROUP BY over the rides takes a fraction of that.
    """
    rows = (
        _rides_by_park()
        .values("park_path")
        .annotate(
            rides=Count("pk"),
            coasters=Count("pk", filter=Q(category=RideCategory.ROLLER_COASTER)),
        )
    )
    return {row["park_path"]: (row["rides"], row["coasters"]) for row in rows}


class MapFilterForm(ParkFilterForm):
    """Same fields, choices and forgiving contract as /parks/ (one filter form, two views).

    The map shows every match at once, so there is no sort; the list below the map is ordered
    by country and name.
    """

    ORDERINGS = {}

    has_coasters = forms.BooleanField(required=False, label="Has roller coasters")

    def clean_has_coasters(self):
        # None rather than False, so an unticked box is "no filter" (left out of the URL).
        return self.cleaned_data["has_coasters"] or None

    def apply_filters(self, queryset, filters):
        filters = dict(filters)
        if filters.pop("has_coasters", None):
            coasters = _rides_by_park().filter(category=RideCategory.ROLLER_COASTER)
            queryset = queryset.filter(path__in=coasters.values("park_path"))
        return super().apply_filters(queryset, filters)

    def filtered_parks(self):
        return self.filter(self.parks).order_by("country", "title")
