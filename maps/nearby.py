""" "Nearby parks": the closest live, operating parks to a park, computed in the database.

No GIS extension: a bounding box on the indexed latitude/longitude columns narrows the rows
(an index range scan), then the haversine great-circle distance, written with Django's math
functions (PostgreSQL and SQLite both have them), filters and orders what is left.
"""

import math
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db.models import FloatField, Q
from django.db.models.functions import ASin, Cast, Cos, Power, Radians, Sin, Sqrt

from parks.models import ParkPage, ParkStatus

# Mean Earth radius (IUGG), the usual choice for the haversine formula.
EARTH_RADIUS_KM = 6371.0088
KM_PER_MILE = 1.609344
NEARBY_LIMIT = 6


@dataclass(frozen=True)
class NearbyPark:
    park: ParkPage
    km: float

    @property
    def miles(self):
        return self.km / KM_PER_MILE


@dataclass(frozen=True)
class Nearby:
    """What the park page shows: the parks, and the radius they were looked for in."""

    parks: list
    radius_km: float

    @property
    def radius_miles(self):
        return self.radius_km / KM_PER_MILE


def haversine_km(latitude, longitude):
    """Database expression: great-circle distance in km from (latitude, longitude) to each row.

    The constant point's trigonometry is done here in Python; the row's in SQL.
    """
    row_lat = Radians(Cast("latitude", FloatField()))
    row_lon = Radians(Cast("longitude", FloatField()))
    lat, lon = math.radians(latitude), math.radians(longitude)
    half_chord = Power(Sin((row_lat - lat) / 2), 2) + math.cos(lat) * Cos(row_lat) * Power(
        Sin((row_lon - lon) / 2), 2
    )
    return 2 * EARTH_RADIUS_KM * ASin(Sqrt(half_chord))


def _degrees(value):
    return Decimal(f"{value:.6f}")


def bounding_box(latitude, longitude, radius_km):
    """A Q for the rows that can lie within radius_km of the point: the indexed pre-filter.

    Every point within the radius lies inside it (the longitude half-width is the exact one
    for a circle on a sphere); near a pole any longitude can be in range, and across the 180°
    meridian the longitude range wraps into two.
    """
    angle = radius_km / EARTH_RADIUS_KM
    delta_lat = math.degrees(angle)
    box = Q(
        latitude__gte=_degrees(latitude - delta_lat), latitude__lte=_degrees(latitude + delta_lat)
    )
    if abs(latitude) + delta_lat >= 90:
        return box
    delta_lon = math.degrees(math.asin(math.sin(angle) / math.cos(math.radians(latitude))))
    west, east = longitude - delta_lon, longitude + delta_lon
    if west < -180:
        return box & (Q(longitude__gte=_degrees(west + 360)) | Q(longitude__lte=_degrees(east)))
    if east > 180:
        return box & (Q(longitude__gte=_degrees(west)) | Q(longitude__lte=_degrees(east - 360)))
    return box & Q(longitude__gte=_degrees(west), longitude__lte=_degrees(east))


def nearby_parks(park, *, limit=NEARBY_LIMIT, radius_km=None):
    """Up to `limit` live, public, operating parks within the radius, closest first.

    Closed, demolished, announced and unpublished parks are left out: readers plan visits
    with this. A park without coordinates has no neighbours.
    """
    radius_km = settings.MAP_NEARBY_RADIUS_KM if radius_km is None else radius_km
    if park.latitude is None or park.longitude is None:
        return Nearby([], radius_km)
    latitude, longitude = float(park.latitude), float(park.longitude)
    parks = (
        ParkPage.objects.live()
        .public()
        .filter(status=ParkStatus.OPERATING)
        .exclude(pk=park.pk)
        .filter(bounding_box(latitude, longitude, radius_km))
        .annotate(distance_km=haversine_km(latitude, longitude))
        .filter(distance_km__lte=radius_km)
        .defer_streamfields()
        .order_by("distance_km", "title")[:limit]
    )
    return Nearby([NearbyPark(p, p.distance_km) for p in parks], radius_km)
