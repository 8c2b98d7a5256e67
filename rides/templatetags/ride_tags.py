from django import template

from rides.units import metric_and_imperial

register = template.Library()


@register.filter
def dual_units(value, unit):
    """{{ ride.height_m|dual_units:"m" }} -> '62.5 m (205 ft)'."""
    return metric_and_imperial(value, unit)
