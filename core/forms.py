"""The filter-form contract every public list page uses (/parks/, a park's ride list, ...).

A list page builds its form from request.GET and calls `form.filter(queryset)`; the form
applies the valid filters and the chosen order from its one `ORDERINGS` table, and gives the
clean query string for links and HX-Push-Url (see core.htmx.listing_url).
"""

from urllib.parse import urlencode

from django import forms
from django.utils.functional import cached_property

from core.widgets import plain_selects

# Parameters that are not filters: they are kept in URLs but never counted or applied.
NOT_FILTERS = ("sort", "page")


class FilterForm(forms.Form):
    """A GET filter form that never rejects a request.

    A stale or hand-edited URL may carry values that no longer exist; those filters are
    dropped (as if not given) instead of failing the page, and the rest still apply.

    ORDERINGS maps a `sort` value to (label, order_by arguments); the first entry is the
    default. When it is set, the form gets a `sort` field offering exactly those orders.
    """

    ORDERINGS = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.ORDERINGS:
            self.fields["sort"] = forms.ChoiceField(
                required=False, choices=[(key, label) for key, (label, _) in self.ORDERINGS.items()]
            )
        plain_selects(self)  # the same <select> markup, without a template per option

    @cached_property
    def values(self):
        if not self.is_bound:
            return {}
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "", [])}

    @property
    def filters(self):
        """The valid, non-empty filter values (without the sort order and page number)."""
        return {name: value for name, value in self.values.items() if name not in NOT_FILTERS}

    @property
    def sort_key(self):
        """The chosen ORDERINGS key, or the default (first) one."""
        return self.values.get("sort") or next(iter(self.ORDERINGS), None)

    def filter(self, queryset):
        """`queryset` narrowed by the valid filters and ordered by the chosen ORDERINGS entry."""
        queryset = self.apply_filters(queryset, self.filters)
        if self.ORDERINGS:
            queryset = queryset.order_by(*self.ORDERINGS[self.sort_key][1])
        return queryset

    def apply_filters(self, queryset, filters):
        """Field name = lookup by default; forms whose fields need other lookups override."""
        return queryset.filter(**filters)

    def querystring(self, **extra):
        """The shareable query string for the valid, non-empty filters (and `extra`)."""
        params = {name: self.data[name] for name in self.values}
        params.update({key: value for key, value in extra.items() if value})
        return "?" + urlencode(params) if params else ""

    @property
    def active_count(self):
        return len([name for name in self.values if name not in NOT_FILTERS])
