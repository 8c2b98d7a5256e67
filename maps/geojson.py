"""The parks as an RFC 7946 GeoJSON FeatureCollection (the map's data and an open-data feed).

Built from plain rows (`values_list`) rather than page objects: at 1,000 parks, making a page
object and asking Wagtail for its URL per park would cost more than the query itself.
"""

import orjson
from django_countries import countries

from core.page_urls import page_url_resolver
from maps.forms import ride_counts

ROW_FIELDS = ("title", "url_path", "path", "city", "region", "country", "latitude", "longitude")
# Six decimals is about 10 cm: what the database stores, and plenty for a marker.
COORDINATE_DIGITS = 6


class PlaceLabels:
    """ "City, Region, Country" labels (as ParkPage.location_label), country names looked up
    once per country: django-countries translates the name on every call, which was most of
    the time spent building the feed for 1,000 parks."""

    def __init__(self):
        self.country_names = {}

    def __call__(self, city, region, country_code):
        country = self.country_names.get(country_code)
        if country is None:
            country = self.country_names[country_code] = countries.name(country_code)
        return ", ".join(part for part in (city, region, country) if part)


def park_feature(row, url_for, counts, place_label):
    """One park as a Point Feature; coordinates are [longitude, latitude] (RFC 7946, 3.1.1)."""
    title, url_path, path, city, region, country, latitude, longitude = row
    rides, coasters = counts.get(path, (0, 0))
    return {
        "type": "Feature",
        "geometry": {
            "type": "Point",
            "coordinates": [
                round(float(longitude), COORDINATE_DIGITS),
                round(float(latitude), COORDINATE_DIGITS),
            ],
        },
        "properties": {
            "name": title,
            "place": place_label(city, region, country),
            "url": url_for(url_path),
            "rides": rides,
            "coasters": coasters,
        },
    }


def feature_collection(parks):
    """The FeatureCollection of a queryset of parks (mappable_parks(), filtered)."""
    url_for = page_url_resolver()
    counts = ride_counts()
    place_label = PlaceLabels()
    rows = parks.order_by("title").values_list(*ROW_FIELDS)
    return {
        "type": "FeatureCollection",
        "features": [park_feature(row, url_for, counts, place_label) for row in rows],
    }


def encode(collection):
    """Compact UTF-8 JSON bytes (the response body and what the cache keeps). orjson encodes
    the 1,000-park feed in a fraction of the standard library's time."""
    return orjson.dumps(collection)
