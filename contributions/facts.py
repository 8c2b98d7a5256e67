"""The facts of park and ride pages that sources cite, history lists and readers may correct.

One table per page type, so the sources' checkboxes, the footnotes, the history diff and the
"Suggest a correction" form all name the same facts with the same labels and units.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from rides.units import UNITS, metric_and_imperial, plain_number


@dataclass(frozen=True)
class Fact:
    """A page field that is a checkable fact. `unit` is "m", "km/h" or "cm" (shown metric and
    imperial) or a plain suffix; readers may suggest a new value unless `suggestable` is off
    (companies and ride models are chosen from reference data, not typed)."""

    name: str
    label: str
    unit: str = ""
    suggestable: bool = True


PARK_FACTS = (
    Fact("opening_date", "Opening date"),
    Fact("closing_date", "Closing date"),
    Fact("status", "Status"),
    Fact("operator", "Operator", suggestable=False),
    Fact("property_owner", "Owner", suggestable=False),
    Fact("city", "City"),
    Fact("website", "Website"),
    Fact("size_hectares", "Size", " ha"),
    Fact("latitude", "Latitude"),
    Fact("longitude", "Longitude"),
)

RIDE_FACTS = (
    Fact("opening_date", "Opening date"),
    Fact("closing_date", "Closing date"),
    Fact("status", "Status"),
    Fact("manufacturer", "Manufacturer", suggestable=False),
    Fact("designer", "Designer", suggestable=False),
    Fact("ride_model", "Model", suggestable=False),
    Fact("min_height_cm", "Minimum height", "cm"),
    Fact("capacity_per_hour", "Capacity", " riders per hour"),
    Fact("duration_s", "Duration", " s"),
    Fact("height_m", "Height", "m"),
    Fact("drop_m", "Drop", "m"),
    Fact("length_m", "Length", "m"),
    Fact("speed_kmh", "Top speed", "km/h"),
    Fact("inversions", "Inversions"),
    Fact("max_vertical_angle_deg", "Maximum vertical angle", "°"),
    Fact("g_force", "Maximum g-force", " g"),
    Fact("trains", "Trains"),
    Fact("cars_per_train", "Cars per train"),
    Fact("riders_per_car", "Riders per car"),
)

FACTS_BY_MODEL_LABEL = {"parks.parkpage": PARK_FACTS, "rides.ridepage": RIDE_FACTS}

# Statistics: the facts the data-quality report expects a source for whenever they are filled.
STATISTICS = frozenset(
    {fact.name for fact in RIDE_FACTS if fact.unit and fact.name != "duration_s"}
    | {"inversions", "size_hectares"}
)


def facts_for(model):
    """The facts of a page type (a model class or instance); empty for other page types."""
    return FACTS_BY_MODEL_LABEL.get(model._meta.label_lower, ())


def fact_named(model, name):
    return next((fact for fact in facts_for(model) if fact.name == name), None)


def fact_choices(facts, suggestable_only=False):
    return [(f.name, f.label) for f in facts if f.suggestable or not suggestable_only]


def display_value(model, fact, value):
    """A fact's value as readers see it: units in metric and imperial, choices by their label,
    dates written out; "—" when empty. Plain text: templates escape it."""
    if value is None or value == "":
        return "—"
    field = model._meta.get_field(fact.name)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, datetime.date):
        return f"{value.day} {value.strftime('%B %Y')}"
    if fact.unit in UNITS:
        return metric_and_imperial(value, fact.unit)
    if isinstance(value, Decimal | float | int):
        return f"{plain_number(value)}{fact.unit}"
    return str(value)
