"""The public search form: the query, the filters and the sort order of /search/."""

from urllib.parse import urlencode

from django import forms
from django_countries import countries

from companies.models import Company
from core.forms import FilterForm
from parks.models import ParkStatus, ParkType
from rides.choices import RideCategory, RideStatus
from search.query import normalise_query

PAGE_TYPES = [("park", "Parks"), ("ride", "Rides")]
SORTS = {
    "relevance": "Best match",
    "name": "Name (A–Z)",
    "opened": "Oldest first",
    "-opened": "Newest first",
}
# Park and ride status vocabularies overlap ("operating"); one select offers their union.
STATUSES = dict(ParkStatus.choices) | dict(RideStatus.choices)
PARK_ONLY_FILTERS = ("park_type",)
RIDE_ONLY_FILTERS = ("category", "manufacturer")


class SearchForm(FilterForm):
    """Never rejects a request: an unknown filter value is dropped, the rest still apply."""

    q = forms.CharField(required=False, label="Search parks and rides")
    type = forms.ChoiceField(required=False, choices=PAGE_TYPES)
    status = forms.ChoiceField(required=False, choices=list(STATUSES.items()))
    # A callable: the 249 countries are read only to validate a chosen one, not copied into
    # every form instance (Form.__init__ deep-copies its fields; that copy was 2 ms a search).
    country = forms.ChoiceField(required=False, choices=lambda: list(countries))
    park_type = forms.ChoiceField(required=False, label="Park type", choices=ParkType.choices)
    category = forms.ChoiceField(
        required=False, label="Ride category", choices=RideCategory.choices
    )
    manufacturer = forms.ModelChoiceField(
        required=False,
        queryset=Company.objects.with_role("manufacturer"),
        to_field_name="slug",
    )
    sort = forms.ChoiceField(required=False, choices=list(SORTS.items()))

    def clean_q(self):
        return normalise_query(self.cleaned_data.get("q"))

    @property
    def query(self):
        return self.values.get("q", "")

    @property
    def default_sort(self):
        return "relevance" if self.query else "name"

    @property
    def sort_order(self):
        return self.values.get("sort") or self.default_sort

    def querystring(self, **extra):
        """The shareable URL's query: valid, non-empty values, without the default sort."""
        params = {
            name: self.data[name]
            for name in self.values
            if not (name == "sort" and self.values[name] == self.default_sort)
        }
        params.update({key: value for key, value in extra.items() if value})
        return "?" + urlencode(params) if params else ""

    @property
    def filters(self):
        """The chosen filters, without the query and the sort order."""
        return {k: v for k, v in self.values.items() if k not in ("q", "sort")}

    def includes(self, kind):
        """Whether parks ("park") or rides ("ride") can match the chosen filters at all."""
        filters = self.filters
        if filters.get("type", kind) != kind:
            return False
        excluded = RIDE_ONLY_FILTERS if kind == "park" else PARK_ONLY_FILTERS
        if any(name in filters for name in excluded):
            return False
        status = filters.get("status")
        statuses = ParkStatus.values if kind == "park" else RideStatus.values
        return status is None or status in statuses
