"""The ride filter on a company page (/companies/<slug>/): category, status, role, opening year
and order.

Rides point at companies, not the other way round, so the choices come from the ride model's
own fields (reached through the reverse relation); this app does not import rides.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import F, Q

from core.forms import FilterForm

ROLES = [("", "Any role"), ("manufacturer", "Built by"), ("designer", "Designed by")]
UNKNOWN_YEAR = "unknown"


class OpeningYearField(forms.CharField):
    """A year, or "unknown" for the rides without an opening date (the timeline links both).

    A year is one to four digits and at least 1: what a date can hold, so the lookup can
    never fail; anything else is a field error, and the filter form then drops it.
    """

    def __init__(self, **kwargs):
        attrs = {"inputmode": "numeric", "placeholder": "e.g. 1999, or unknown"}
        super().__init__(widget=forms.TextInput(attrs=attrs), **kwargs)

    def to_python(self, value):
        value = super().to_python(value).lower()
        if value in ("", UNKNOWN_YEAR):
            return value
        if not re.fullmatch(r"[0-9]{1,4}", value) or int(value) < 1:
            raise ValidationError('Enter a year, or "unknown".', code="invalid")
        return int(value)


class CompanyRideFilterForm(FilterForm):
    """Narrows a company's rides; the list stays grouped by status in the choices' order."""

    ORDERINGS = {
        "name": ("Name (A–Z)", ["title"]),
        "opened": ("Oldest first", [F("opening_date").asc(nulls_last=True), "title"]),
        "-opened": ("Newest first", [F("opening_date").desc(nulls_last=True), "title"]),
    }

    category = forms.ChoiceField(required=False)
    status = forms.ChoiceField(required=False)
    role = forms.ChoiceField(required=False, choices=ROLES)
    opened = OpeningYearField(required=False, label="Opening year")

    def __init__(self, data=None, *, company, ride_model, **kwargs):
        super().__init__(data, **kwargs)
        self.company = company
        for name, empty in (("category", "All categories"), ("status", "Any status")):
            self.fields[name].choices = [("", empty), *ride_model._meta.get_field(name).choices]

    def apply_filters(self, queryset, filters):
        """`role` picks the company's side of the ride and `opened` the year of its opening
        date (or none); the other fields are plain lookups."""
        role = filters.pop("role", None)
        if role:
            queryset = queryset.filter(**{role: self.company})
        opened = filters.pop("opened", None)
        if opened == UNKNOWN_YEAR:
            queryset = queryset.filter(opening_date__isnull=True)
        elif opened:
            queryset = queryset.filter(opening_date__year=opened)
        return queryset.filter(**filters)

    @staticmethod
    def company_rides(rides, company):
        """The rides the company built or designed (one WHERE, no UNION, so it can be filtered)."""
        return rides.filter(Q(manufacturer=company) | Q(designer=company))
