"""The filter forms' Python-rendered <select> writes what Django's template-rendered one does."""

import re

import pytest
from django import forms

from core.widgets import PlainSelect, plain_selects


class Choices(forms.Form):
    country = forms.ChoiceField(
        required=False,
        help_text="Parks' countries",
        choices=[("", "Any country"), ("US", "United States"), ("XX", 'Tom & "Jerry" <land>')],
    )
    grouped = forms.ChoiceField(
        choices=[("Steel", [("s", "Steel")]), ("Other", [("w", "Wood"), ("h", "Hybrid")])]
    )


def normalised(html):
    """Whitespace between tags is Django's template layout, not markup."""
    return re.sub(r">\s+<", "><", str(html).strip())


@pytest.mark.parametrize(
    "data", [{}, {"country": "US", "grouped": "w"}, {"country": "nowhere", "grouped": ""}]
)
def test_every_select_renders_the_same_markup_as_django(data):
    form = Choices(data or None)
    form.is_valid()
    expected = {name: normalised(form[name]) for name in form.fields}
    plain_selects(form)
    assert all(isinstance(field.widget, PlainSelect) for field in form.fields.values())
    assert {name: normalised(form[name]) for name in form.fields} == expected


def test_labels_and_values_are_escaped():
    form = Choices()
    plain_selects(form)
    html = str(form["country"])
    assert "Tom &amp; &quot;Jerry&quot; &lt;land&gt;" in html
    assert "<land>" not in html
