"""The public park-list filter at /parks/."""

from django import forms
from django.core.cache import cache
from django.db.models import F
from django_countries import countries

from companies.models import Company
from core.forms import FilterForm
from operations.cache import content_version
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
    operator = forms.ModelChoiceField(
        required=False,
        queryset=Company.objects.with_role("operator"),
        to_field_name="slug",
        empty_label="Any operator",
    )

    def __init__(self, data=None, *, parks, choices_cache_key=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["operator"].queryset = Company.objects.filter(
            pk__in=parks.order_by().values("operator_id")
        )
        if choices_cache_key:
            choices = cache.get_or_set(
                f"thrillwiki:park-filter-choices:{choices_cache_key}:{content_version()}",
                lambda: self.offered_choices(parks),
                24 * 3600,
            )
        else:
            choices = self.offered_choices(parks)
        self.fields["country"].choices = choices["country"]
        # Only the offered list is cached; a chosen operator is still looked up (and
        # validated) through the queryset.
        self.fields["operator"].choices = choices["operator"]

    def offered_choices(self, parks):
        """The countries and operators the listed parks have (two queries over every park).

        They change only when content does, so the park index caches them per content
        version (`choices_cache_key`) instead of asking on every request."""
        codes = parks.order_by().values_list("country", flat=True).distinct()
        country = [("", "Any country")] + sorted(
            ((code, countries.name(code)) for code in codes if code), key=lambda c: c[1]
        )
        operators = self.fields["operator"].queryset.values_list("slug", "name")
        return {"country": country, "operator": [("", "Any operator"), *operators]}
