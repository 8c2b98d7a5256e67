"""Metric storage, metric-and-imperial display.

Statistics are stored once, in metric units; imperial values are derived for display only.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format

FEET_PER_METRE = Decimal("3.28084")
MPH_PER_KMH = Decimal("0.621371")
INCHES_PER_CM = Decimal("0.393701")

# unit -> (metric suffix, imperial suffix, factor, decimal places for imperial)
UNITS = {
    "m": ("m", "ft", FEET_PER_METRE, 0),
    "km/h": ("km/h", "mph", MPH_PER_KMH, 1),
    "cm": ("cm", "in", INCHES_PER_CM, 0),
}


def _quantize(value, places):
    exponent = Decimal(1).scaleb(-places)
    return Decimal(value).quantize(exponent, rounding=ROUND_HALF_UP)


def plain_number(value):
    """'80' for Decimal('80.0'), '4.5' for Decimal('4.50'); never scientific notation."""
    text = format(Decimal(str(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def reader_number(value):
    """'2,010.2' for Decimal('2010.20') in English: the plain number, grouped and pointed the
    way the active language (LANGUAGE_CODE) writes numbers, for pages people read."""
    return number_format(Decimal(plain_number(value)), force_grouping=True)


def to_imperial(value, unit):
    """Convert a stored metric value to its imperial counterpart, rounded for display."""
    _, _, factor, places = UNITS[unit]
    return _quantize(Decimal(str(value)) * factor, places)


def format_metric(value, unit):
    return f"{reader_number(value)} {UNITS[unit][0]}"


def format_imperial(value, unit):
    return f"{reader_number(to_imperial(value, unit))} {UNITS[unit][1]}"


def metric_and_imperial(value, unit):
    """'62.5 m (205 ft)'; an empty string for a missing value."""
    if value is None or value == "":
        return ""
    return f"{format_metric(value, unit)} ({format_imperial(value, unit)})"
