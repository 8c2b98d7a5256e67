"""The public park-list filter at /parks/."""

from django import forms
from django.db.models import F
from django_countries import countries

from companies.models import Company
from core.forms import FilterForm
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

    def __init__(self, data=None, *, parks, **kwargs):
        super().__init__(data, **kwargs)
        codes = parks.order_by().values_list("country", flat=True).distinct()
        self.fields["country"].choices = [("", "Any country")] + sorted(
            ((code, countries.name(code)) for code in codes if code), key=lambda c: c[1]
        )
        self.fields["operator"].queryset = Company.objects.filter(
            pk__in=parks.order_by().values("operator_id")
        )
