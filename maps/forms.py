"""The map's filters: the /parks/ filter form, plus "has roller coasters", minus sorting."""

from django import forms

from parks.forms import ParkFilterForm
from parks.models import ParkPage


def mappable_parks():
    """Live, public parks that have coordinates, with their ride and coaster counts.

    The counts are correlated subqueries in the same query (ParkPageQuerySet.with_ride_counts),
    so neither the GeoJSON nor the list makes a query per park.
    """
    return (
        ParkPage.objects.live()
        .public()
        .filter(latitude__isnull=False, longitude__isnull=False)
        .with_ride_counts()
    )


class MapFilterForm(ParkFilterForm):
    """Same fields, choices and forgiving contract as /parks/ (one filter form, two views).

    The map shows every match at once, so there is no sort; the list below the map is ordered
    by country and name.
    """

    has_coasters = forms.BooleanField(required=False, label="Has roller coasters")

    def __init__(self, data=None, *, parks, **kwargs):
        super().__init__(data, parks=parks, **kwargs)
        del self.fields["sort"]

    def clean_has_coasters(self):
        # None rather than False, so an unticked box is "no filter" (left out of the URL).
        return self.cleaned_data["has_coasters"] or None

    def filtered_parks(self):
        values = dict(self.values)
        parks = self.parks
        if values.pop("has_coasters", None):
            parks = parks.filter(coaster_count__gt=0)
        return parks.filter(**values).order_by("country", "title")
