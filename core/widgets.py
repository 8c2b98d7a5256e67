"""A <select> rendered in Python for the public filter forms.

Django renders a Select through its form template engine: one template include per <option>
and another for its attributes. A filter sidebar with a country list and half a dozen other
choices paid about a third of a cached /records/ or /stats/ page for that (profiled in
docs/benchmark.md). PlainSelect writes the same markup directly: the same attributes in the
same order (`aria-describedby`, `aria-invalid`, `id`, `required`...), every value escaped.
"""

from django import forms
from django.utils.html import format_html, format_html_join


def joined(pieces):
    """Already-escaped pieces (format_html results) as one safe string."""
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def render_attrs(attrs):
    """Attributes as Django's attrs.html writes them: False left out, True bare, the rest
    quoted and escaped."""
    return joined(
        format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value)
        for name, value in attrs.items()
        if value is not False
    )


class PlainSelect(forms.Select):
    """forms.Select with the same output, built without a template per option."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = []
        for group_name, group_choices, _ in widget["optgroups"]:
            options = joined(
                format_html(
                    '<option value="{}"{}>{}</option>',
                    str(option["value"]),
                    render_attrs(option["attrs"]),
                    option["label"],
                )
                for option in group_choices
            )
            if group_name:
                options = format_html('<optgroup label="{}">{}</optgroup>', group_name, options)
            groups.append(options)
        return format_html(
            '<select name="{}"{}>{}</select>',
            widget["name"],
            render_attrs(widget["attrs"]),
            joined(groups),
        )


def plain_selects(form):
    """Give every plain Select of `form` the Python-rendered one (same choices and attrs)."""
    for field in form.fields.values():
        if type(field.widget) is forms.Select:
            widget = PlainSelect(attrs=field.widget.attrs, choices=field.widget.choices)
            widget.is_required = field.widget.is_required
            field.widget = widget
