from django import template

from rides.units import metric_and_imperial, reader_number

register = template.Library()


@register.filter
def dual_units(value, unit):
    """{{ ride.height_m|dual_units:"m" }} -> '62.5 m (205 ft)'."""
    return metric_and_imperial(value, unit)


@register.filter
def grouped(value):
    """{{ ride.capacity_per_hour|grouped }} -> '1,600' (the site language's separators)."""
    return "" if value is None else reader_number(value)
