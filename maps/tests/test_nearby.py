""" "Nearby parks" on park pages: live, operating parks within the radius, closest first, with
distances in km and miles, computed in the database and cached with the park's facts."""

import math

import pytest
from wagtail.models import PageViewRestriction

from maps.nearby import EARTH_RADIUS_KM, bounding_box, nearby_parks
from maps.tests.conftest import make_park
from parks.factories import ParkPageFactory
from parks.models import ParkPage

pytestmark = pytest.mark.django_db


def near(park, **kwargs):
    return [(item.park.title, round(item.km)) for item in nearby_parks(park, **kwargs).parks]


def test_cedar_point_to_kings_island_is_the_great_circle_distance(parks):
    # 273 km as the crow flies (the "about 300 km" of the issue is the rough figure).
    [(title, km)] = near(parks["cedar"])
    assert (title, km) == ("Kings Island", 273)
    item = nearby_parks(parks["cedar"]).parks[0]
    assert item.miles == pytest.approx(169.6, abs=0.2)


def test_parks_beyond_the_radius_are_left_out(parks):
    assert near(parks["cedar"], radius_km=250) == []
    assert near(parks["europa"], radius_km=500) == [("Efteling", 422)]


def test_a_closed_park_is_left_out_of_nearby_parks(parks):
    ParkPage.objects.filter(pk=parks["kings"].pk).update(status="closed_permanently")
    assert near(parks["cedar"]) == []


def test_drafts_and_private_parks_are_left_out_of_nearby_parks(parks, park_index):
    make_park(park_index, "kings", title="Draft Island", slug="draft-island", live=False)
    hidden = make_park(park_index, "kings", title="Secret Island", slug="secret-island")
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")
    assert near(parks["cedar"]) == [("Kings Island", 273)]


def test_at_most_six_closest_first(parks, park_index):
    for n in range(8):  # 0.1° of latitude apart, about 11 km each, north of Kings Island
        make_park(
            park_index,
            "kings",
            title=f"Ohio Park {n}",
            slug=f"ohio-{n}",
            latitude=f"{39.9 + n / 10:.6f}",
        )
    found = near(parks["cedar"])
    assert [title for title, _ in found] == [f"Ohio Park {n}" for n in range(7, 1, -1)]
    assert [km for _, km in found] == sorted(km for _, km in found)


def test_a_park_without_coordinates_has_no_neighbours(parks):
    assert near(parks["unmapped"]) == []


def test_the_box_wraps_across_the_180th_meridian(park_index):
    fiji = ParkPageFactory(parent=park_index, slug="fiji", latitude="-17.7", longitude="179.9")
    samoa = ParkPageFactory(parent=park_index, slug="samoa", latitude="-17.7", longitude="-179.9")
    assert [p.park.slug for p in nearby_parks(fiji).parks] == ["samoa"]
    assert round(nearby_parks(samoa).parks[0].km) == 21
    assert ParkPage.objects.filter(bounding_box(89.9, 10.0, 300)).count() == 0  # pole: no lon bound


def destination(lat, lon, bearing, km):
    """The point `km` from (lat, lon) on the given bearing (great circle), in degrees."""
    lat, lon, bearing, angle = *map(math.radians, (lat, lon, bearing)), km / EARTH_RADIUS_KM
    lat2 = math.asin(
        math.sin(lat) * math.cos(angle) + math.cos(lat) * math.sin(angle) * math.cos(bearing)
    )
    lon2 = lon + math.atan2(
        math.sin(bearing) * math.sin(angle) * math.cos(lat),
        math.cos(angle) - math.sin(lat) * math.sin(lat2),
    )
    return math.degrees(lat2), math.degrees(lon2)


def test_the_box_keeps_every_park_just_inside_the_radius(park_index):
    # At 60°N a degree of longitude is half as long: a box of radius/111 km would cut the
    # parks due east and west (and the box's corners must not let in the ones just outside).
    centre = ParkPageFactory(parent=park_index, slug="centre", latitude="60", longitude="10")
    for bearing in range(0, 360, 45):
        for km, label in ((295, "in"), (305, "out")):
            lat, lon = destination(60, 10, bearing, km)
            ParkPageFactory(
                parent=park_index,
                slug=f"{label}-{bearing}",
                latitude=f"{lat:.6f}",
                longitude=f"{lon:.6f}",
            )
    found = nearby_parks(centre, limit=20, radius_km=300).parks
    assert sorted(p.park.slug for p in found) == sorted(f"in-{b}" for b in range(0, 360, 45))
    assert all(p.km == pytest.approx(295, abs=0.01) for p in found)


def test_the_park_page_shows_nearby_parks_in_km_and_miles(client, parks):
    html = client.get("/parks/cedar-point/").content.decode()
    assert "Nearby parks" in html
    assert '<a href="/parks/kings-island/">Kings Island</a>' in html
    assert "273 km (170 mi)" in html
    html = client.get("/parks/europa-park/").content.decode()
    assert "No other operating park within 300 km (186 mi)." in html


def test_nearby_parks_are_cached_with_the_facts_and_refreshed_by_a_publish(
    client, parks, park_index, django_assert_max_num_queries
):
    client.get("/parks/cedar-point/")
    ParkPage.objects.filter(pk=parks["kings"].pk).update(status="closed_permanently")
    assert "Kings Island" in client.get("/parks/cedar-point/").content.decode()  # cached
    make_park(park_index, "kings", title="Kings Dominion", slug="kings-dominion")
    html = client.get("/parks/cedar-point/").content.decode()
    assert "Kings Dominion" in html and "/parks/kings-island/" not in html


def test_the_show_map_button_loads_nothing_until_pressed(client, parks):
    html = client.get("/parks/cedar-point/").content.decode()
    assert "data-show-map hidden" in html and "Show map" in html
    assert 'data-lat="41.482200" data-lon="-82.683500"' in html
    assert "tile.openstreetmap.org/{z}" in html  # only as a data attribute for the script
    assert "leaflet.js" not in html.split("data-leaflet-js=")[0]  # not loaded by the page
