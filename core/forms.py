"""The filter-form contract every public list page uses (/parks/, a park's ride list, ...).

A list page builds its form from request.GET and calls `form.filter(queryset)`; the form
applies the valid filters and the chosen order from its one `ORDERINGS` table, and gives the
clean query string for links and HX-Push-Url (see core.htmx.listing_url).
"""

from urllib.parse import urlencode

from django import forms
from django.forms.utils import flatatt
from django.utils.functional import cached_property
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe

# Parameters that are not filters: they are kept in URLs but never counted or applied.
NOT_FILTERS = ("sort", "page")


class FastSelect(forms.Select):
    """A <select> built in Python, with the markup of Django's template-rendered Select.

    Django renders every <option> through its own template include: the country and operator
    filters of /parks/ (hundreds of options) spent about 40% of that page's CPU time in the
    template engine. The options, their attributes and the escaping are the same.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{escape(widget["name"])}"{flatatt(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{escape(group_name)}">')
            parts.extend(
                f'\n  <option value="{escape(option["value"])}"'
                f"{flatatt(option['attrs']) if option['attrs'] else ''}>"
                f"{conditional_escape(option['label'])}</option>"
                for option in options
            )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


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
        for field in self.fields.values():
            if type(field.widget) is forms.Select:
                # Same widget, state and markup; only rendered without a template per option.
                field.widget.__class__ = FastSelect
        if self.ORDERINGS:
            self.fields["sort"] = forms.ChoiceField(
                required=False, choices=[(key, label) for key, (label, _) in self.ORDERINGS.items()]
            )

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
