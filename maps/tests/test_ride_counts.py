"""The map's ride and coaster counts come from one grouped query, kept under the content
version: a publish or unpublish shows in the next feed, and a warm feed skips the count."""

import json

import pytest

from rides.factories import CoasterPageFactory
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db

URL = "/map/parks.geojson"


@pytest.fixture(autouse=True)
def _uncached_feed(settings):
    """The feed itself is not cached: every request builds it (as the benchmark measures)."""
    settings.MAP_GEOJSON_CACHE_SECONDS = 0


def cedar_counts(client):
    collection = json.loads(client.get(URL).content)
    cedar = next(f for f in collection["features"] if f["properties"]["name"] == "Cedar Point")
    return cedar["properties"]["rides"], cedar["properties"]["coasters"]


def test_a_new_coaster_and_an_unpublished_one_show_in_the_next_feed(client, parks):
    assert cedar_counts(client) == (3, 2)
    steel_vengeance = CoasterPageFactory(parent=parks["cedar"], title="Steel Vengeance")
    assert cedar_counts(client) == (4, 3)
    steel_vengeance.unpublish()
    assert cedar_counts(client) == (3, 2)


def test_an_unfiltered_warm_feed_reads_only_the_parks(client, parks):
    """No filter: no form (its country choices), and the counts come from the cache; left
    are the view restrictions and the parks themselves."""
    client.get(URL)
    assert count_queries(client, URL) <= 2
