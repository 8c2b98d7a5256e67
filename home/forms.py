"""Base for the public filter forms."""

from urllib.parse import urlencode

from django import forms
from django.utils.functional import cached_property


class FilterForm(forms.Form):
    """A GET filter form that never rejects a request.

    A stale or hand-edited URL may carry values that no longer exist; those filters are
    dropped (as if not given) instead of failing the page, and the rest still apply.
    """

    @cached_property
    def values(self):
        if not self.is_bound:
            return {}
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "", [])}

    def querystring(self, **extra):
        """The shareable query string for the valid, non-empty filters (and `extra`)."""
        params = {name: self.data[name] for name in self.values}
        params.update({key: value for key, value in extra.items() if value})
        return "?" + urlencode(params) if params else ""

    @property
    def active_count(self):
        return len([name for name in self.values if name not in ("sort", "page")])
