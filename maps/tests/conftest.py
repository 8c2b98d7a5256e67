"""Parks at their real coordinates, for the map and nearby tests."""

import pytest

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory, RidePageFactory

# (title, slug, country, city, region, latitude, longitude)
PARKS = {
    "cedar": ("Cedar Point", "cedar-point", "US", "Sandusky", "Ohio", "41.482200", "-82.683500"),
    "kings": ("Kings Island", "kings-island", "US", "Mason", "Ohio", "39.344800", "-84.268000"),
    "europa": (
        "Europa-Park",
        "europa-park",
        "DE",
        "Rust",
        "Baden-Württemberg",
        "48.266000",
        "7.722000",
    ),
    "efteling": (
        "Efteling",
        "efteling",
        "NL",
        "Kaatsheuvel",
        "North Brabant",
        "51.650000",
        "5.049700",
    ),
}


def make_park(parent, key, **extra):
    title, slug, country, city, region, lat, lon = PARKS[key]
    fields = {"title": title, "slug": slug, "country": country, "city": city, "region": region}
    fields.update(latitude=lat, longitude=lon)
    fields.update(extra)
    return ParkPageFactory(parent=parent, **fields)


@pytest.fixture
def parks(park_index):
    """Four mapped parks (two with coasters), a draft and a park without coordinates."""
    made = {key: make_park(park_index, key) for key in PARKS}
    CoasterPageFactory(parent=made["cedar"], title="Millennium Force")
    CoasterPageFactory(parent=made["cedar"], title="Magnum XL-200")
    RidePageFactory(parent=made["cedar"], title="Snake River Falls", category="water_ride")
    CoasterPageFactory(parent=made["kings"], title="The Beast")
    RidePageFactory(parent=made["efteling"], title="Droomvlucht", category="dark_ride")
    made["draft"] = ParkPageFactory(
        parent=park_index, title="Unpublished Park", slug="unpublished", country="DE", live=False
    )
    made["unmapped"] = ParkPageFactory(
        parent=park_index,
        title="Somewhere Park",
        slug="somewhere",
        country="FR",
        latitude=None,
        longitude=None,
    )
    return made
