"""The public park-list filter at /parks/."""

from django import forms
from django.db.models import F
from django.utils.functional import cached_property
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
        # Callables, read only when a field is rendered or a value is checked: a request whose
        # form HTML is kept (includes/list_filters.html) and that filters by neither field
        # never loads the lists, which grow with the data.
        self.fields["country"].choices = lambda: self.choices["country"]
        self.fields["operator"].choices = lambda: self.choices["operator"]

    @cached_property
    def choices(self):
        """The offered countries and operators, kept per content version when the list page
        gives a `choices_cache_key`."""
        if self.choices_cache_key:
            return per_content_version(
                f"park-filter-choices:{self.choices_cache_key}",
                lambda: self.offered_choices(self.parks),
            )
        return self.offered_choices(self.parks)

    def apply_filters(self, queryset, filters):
        filters = dict(filters)
        if operator := filters.pop("operator", None):
            filters["operator__slug"] = operator
        return super().apply_filters(queryset, filters)

    def offered_choices(self, parks):
        """The countries and operators the listed parks have (two queries over every park).

        They change only when content does, so the park index caches them per content
        version (`choices_cache_key`) instead of asking on every request."""
        codes = parks.order_by().values_list("country", flat=True).distinct()
        country = [("", "Any country")] + sorted(
            ((code, countries.name(code)) for code in codes if code), key=lambda c: c[1]
        )
        operators = (
            Company.objects.filter(pk__in=parks.order_by().values("operator_id"))
            .order_by("name")
            .values_list("slug", "name")
        )
        return {"country": country, "operator": [("", "Any operator"), *operators]}
