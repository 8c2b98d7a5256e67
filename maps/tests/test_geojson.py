"""/map/parks.geojson: every live, mapped park as RFC 7946 GeoJSON, with the map's filters."""

import json

import pytest
from wagtail.models import PageViewRestriction

from maps.tests.conftest import make_park
from parks.models import ParkPage
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db

URL = "/map/parks.geojson"


def features(client, query=""):
    response = client.get(URL + query)
    assert response.status_code == 200, response.content
    return json.loads(response.content)["features"]


def names(client, query=""):
    return sorted(feature["properties"]["name"] for feature in features(client, query))


def test_the_feed_is_a_valid_rfc_7946_feature_collection(client, parks):
    response = client.get(URL)
    assert response["Content-Type"] == "application/geo+json"
    collection = json.loads(response.content)
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection  # RFC 7946 removed it: coordinates are always WGS 84
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90
        assert set(feature["properties"]) == {"name", "place", "url", "rides", "coasters"}


def test_coordinates_are_longitude_first(client, parks):
    cedar = next(f for f in features(client) if f["properties"]["name"] == "Cedar Point")
    assert cedar["geometry"]["coordinates"] == [-82.6835, 41.4822]


def test_a_popup_gets_the_place_counts_and_link(client, parks):
    cedar = next(f for f in features(client) if f["properties"]["name"] == "Cedar Point")
    assert cedar["properties"] == {
        "name": "Cedar Point",
        "place": "Sandusky, Ohio, United States of America",
        "url": "/parks/cedar-point/",
        "rides": 3,
        "coasters": 2,
    }


def test_drafts_private_parks_and_parks_without_coordinates_are_left_out(client, parks):
    PageViewRestriction.objects.create(
        page=parks["efteling"], restriction_type="password", password="secret"
    )
    assert names(client) == ["Cedar Point", "Europa-Park", "Kings Island"]


def test_filters_are_the_park_lists_plus_has_roller_coasters(client, parks):
    assert names(client, "?country=US") == ["Cedar Point", "Kings Island"]
    assert names(client, "?has_coasters=on") == ["Cedar Point", "Kings Island"]
    assert names(client, "?country=NL&has_coasters=on") == []
    slug = parks["europa"].operator.slug
    assert names(client, f"?operator={slug}") == ["Europa-Park"]
    ParkPage.objects.filter(pk=parks["kings"].pk).update(status="closed_temporarily")
    assert names(client, "?country=US&status=closed_temporarily") == ["Kings Island"]


def test_a_bad_filter_is_a_400_naming_the_field_not_every_park(client, parks):
    response = client.get(URL + "?country=XX&status=open-ish")
    assert response.status_code == 400
    errors = json.loads(response.content)["errors"]
    assert set(errors) == {"country", "status"}
    assert "valid choice" in errors["status"][0]["message"]


def test_the_feed_is_publicly_cacheable(client, parks):
    response = client.get(URL)
    assert "public" in response["Cache-Control"] and "max-age" in response["Cache-Control"]
    assert response.has_header("ETag")


def test_a_cached_feed_makes_no_queries_and_a_publish_refreshes_it(
    client, parks, park_index, django_assert_num_queries
):
    client.get(URL)
    with django_assert_num_queries(0):
        client.get(URL)
    make_park(park_index, "europa", title="Phantasialand", slug="phantasialand")
    assert "Phantasialand" in names(client)  # publishing changed the content version


# View restrictions (for the parks, the coaster filter and the ride counts), country choices,
# site root paths, the ride counts in one grouped query, and the parks.
GEOJSON_MAX_QUERIES = 7


def test_query_count_does_not_grow_with_the_parks(client, park_index, settings):
    # No cache at all, so the count is what a cold feed costs.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    settings.MAP_GEOJSON_CACHE_SECONDS = 0
    make_park(park_index, "cedar")
    one = count_queries(client, URL + "?has_coasters=on&country=US")
    for n in range(10):
        make_park(park_index, "kings", title=f"Park {n}", slug=f"park-{n}")
    assert count_queries(client, URL + "?has_coasters=on&country=US") == one <= GEOJSON_MAX_QUERIES
