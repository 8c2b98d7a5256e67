"""Template tags for park pages: nearby parks, and the tile settings the map script needs."""

from django import template
from django.conf import settings

from maps.nearby import nearby_parks as find_nearby_parks

register = template.Library()


@register.simple_tag
def nearby_parks(page):
    """Nearby(parks, radius_km) for a park page; used inside its cached facts fragment, so
    the query runs only when that fragment is rendered."""
    return find_nearby_parks(page)


@register.simple_tag
def map_tiles():
    """MAP_TILE_URL and MAP_TILE_ATTRIBUTION, for the map containers' data attributes."""
    return {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}
