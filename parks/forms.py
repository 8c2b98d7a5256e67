"""The public park-list filter at /parks/."""

from django import forms
from django.db.models import F
from django_countries import countries

from companies.models import Company
from core.forms import FilterForm
from operations.cache import per_content_version
from parks.choices import ParkStatus, ParkType


class ParkFilterForm(FilterForm):
    """Country, status, type and operator, offering only values the listed parks have."""

    ORDERINGS = {
        "name": ("Name (A–Z)", ["title"]),
        "-name": ("Name (Z–A)", ["-title"]),
        "opened": ("Oldest first", [F("opening_date").asc(nulls_last=True), "title"]),
        "-opened": ("Newest first", [F("opening_date").desc(nulls_last=True), "title"]),
        "rides": ("Most rides", ["-ride_count", "title"]),
        "coasters": ("Most roller coasters", ["-coaster_count", "title"]),
    }

    country = forms.ChoiceField(required=False)
    status = forms.ChoiceField(required=False, choices=[("", "Any status"), *ParkStatus.choices])
    park_type = forms.ChoiceField(
        required=False, label="Type", choices=[("", "Any type"), *ParkType.choices]
    )
    # The operator's slug, among the operators of the listed parks. A plain choice rather than
    # a model choice: building and copying a queryset over the park list on every request
    # cost more than the rest of the form.
    operator = forms.ChoiceField(required=False)

    def __init__(self, data=None, *, parks, choices_cache_key=None, **kwargs):
        super().__init__(data, **kwargs)
        self.parks = parks
        self.choices_cache_key = choices_cache_key
        self._offered = {}
        # Callables, read only when a field is rendered or a value is checked: a request whose
        # form HTML is kept (includes/list_filters.html) and that filters by neither field
        # never loads the lists, which grow with the data.
        self.fields["country"].choices = lambda: self.offered("country")
        self.fields["operator"].choices = lambda: self.offered("operator")

    def offered(self, name):
        """One field's offered choices, read once per form, and kept per content version
        and per field when the list page gives a `choices_cache_key`: checking a country
        never reads the operator list, which grows with the parks."""
        if name not in self._offered:
            read = {"country": self.offered_countries, "operator": self.offered_operators}[name]
            if self.choices_cache_key:
                key = f"park-filter-choices:{self.choices_cache_key}:{name}"
                self._offered[name] = per_content_version(key, read)
            else:
                self._offered[name] = read()
        return self._offered[name]

    def apply_filters(self, queryset, filters):
        filters = dict(filters)
        if operator := filters.pop("operator", None):
            filters["operator__slug"] = operator
        return super().apply_filters(queryset, filters)

    def offered_countries(self):
        """The countries the listed parks are in (one query over every park)."""
        codes = self.parks.order_by().values_list("country", flat=True).distinct()
        named = ((code, countries.name(code)) for code in codes if code)
        return [("", "Any country"), *sorted(named, key=lambda choice: choice[1])]

    def offered_operators(self):
        """The operators of the listed parks, A to Z (one query over every park)."""
        operators = (
            Company.objects.filter(pk__in=self.parks.order_by().values("operator_id"))
            .order_by("name")
            .values_list("slug", "name")
        )
        return [("", "Any operator"), *operators]
