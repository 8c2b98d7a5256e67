"""The ride filter on a company page (/companies/<slug>/): category, status, role and order.

Rides point at companies, not the other way round, so the choices come from the ride model's
own fields (reached through the reverse relation); this app does not import rides.
"""

from django import forms
from django.db.models import F, Q

from core.forms import FilterForm

ROLES = [("", "Any role"), ("manufacturer", "Built by"), ("designer", "Designed by")]


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

    def __init__(self, data=None, *, company, ride_model, **kwargs):
        super().__init__(data, **kwargs)
        self.company = company
        for name, empty in (("category", "All categories"), ("status", "Any status")):
            self.fields[name].choices = [("", empty), *ride_model._meta.get_field(name).choices]

    def apply_filters(self, queryset, filters):
        """`role` picks the company's side of the ride; the other fields are plain lookups."""
        role = filters.pop("role", None)
        if role:
            queryset = queryset.filter(**{role: self.company})
        return queryset.filter(**filters)

    @staticmethod
    def company_rides(rides, company):
        """The rides the company built or designed (one WHERE, no UNION, so it can be filtered)."""
        return rides.filter(Q(manufacturer=company) | Q(designer=company))
