"""The page builder's shared half: turning a plain dict of facts into page field values.

Three writers make park and ride pages: the demo loader (`load_demo`), the benchmark generator
(`bench.datagen`) and the test factories. Each describes a page as plain facts (names, numbers,
dates, the names of companies) and asks `parks.builders` or `rides.builders` for the field
values, so a new field is one entry in a fact table rather than three edits.

A fact table maps a fact's name to a converter `convert(name, value, refs) -> {field: value}`.
`refs` holds the writer's own lookups (companies by name, ride models, park areas, images), so a
reference fact may be a key into them or an already-made model instance. A fact that is missing
or None is not known: the field keeps its model default.
"""

import datetime
from decimal import Decimal

from django.db import models

from core.models import DatePrecision


def plain(name, value, refs):
    """The value as given (text, whole numbers, choices, StreamField data)."""
    return {name: value}


def decimal(name, value, refs):
    """A Decimal from a float, string or Decimal; str() first so 41.4822 stays 41.4822."""
    return {name: value if isinstance(value, Decimal) else Decimal(str(value))}


def date(name, value, refs):
    """A date from a date or an ISO "YYYY-MM-DD" string."""
    return {name: _as_date(value)}


def approximate_date(name, value, refs):
    """A date and how precisely it is known. An ISO string "YYYY-01-01" means only the year is
    known (the demo data's convention); an explicit `<name>_precision` fact, listed after the
    date in the table, overrides this guess."""
    year_only = isinstance(value, str) and value.endswith("-01-01")
    precision = DatePrecision.YEAR if year_only else DatePrecision.DAY
    return {name: _as_date(value), f"{name}_precision": str(precision)}


def lines(name, value, refs):
    """One entry per line, from a list of names or text that already has them."""
    return {name: value if isinstance(value, str) else "\n".join(value)}


def reference(lookup, field=None):
    """A related object: a model instance as it is, or a key into the writer's `refs[lookup]`
    (which fails loudly on a key it does not know, rather than leaving the field empty)."""

    def convert(name, value, refs):
        target = value if isinstance(value, models.Model) else refs[lookup][value]
        return {field or name: target}

    return convert


# Opening and closing dates and former names (core.models.OperatingHistory), parks and rides.
HISTORY_FACTS = {
    "opening_date": approximate_date,
    "opening_date_precision": plain,
    "closing_date": approximate_date,
    "closing_date_precision": plain,
    "former_names": lines,
}


def page_fields(facts, table, **refs):
    """The field values `table` makes of `facts`, in table order (later entries win)."""
    fields = {}
    for name, convert in table.items():
        value = facts.get(name)
        if value is not None:
            fields.update(convert(name, value, refs))
    return fields


def split_facts(kwargs, table):
    """(facts the table knows, everything else): how a factory hands its declarations over."""
    facts = {name: value for name, value in kwargs.items() if name in table}
    return facts, {name: value for name, value in kwargs.items() if name not in table}


def _as_date(value):
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)
