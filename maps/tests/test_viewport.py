"""/map/parks.geojson?bbox=…&zoom=…: the parks of one map view, grouped on the server into
grid cells when there are many, so the map's data no longer grows with the parks."""

import json

import pytest
from django.test import RequestFactory

from maps.clusters import viewport_collection
from maps.forms import mappable_parks
from maps.tests.conftest import make_park
from maps.viewport import viewport
from maps.views import geojson_cache_key
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db

URL = "/map/parks.geojson"
WORLD = "bbox=-180,-90,180,90"
EUROPE = "bbox=-10,35,30,60"
OHIO = "bbox=-86,38,-80,43"


@pytest.fixture
def few_singles(monkeypatch):
    """Group parks as soon as a view holds more than one: the four test parks stand in for
    the thousands that make a real world view cluster (the default limit is 200)."""
    monkeypatch.setattr("maps.clusters.SINGLE_PARKS_LIMIT", 1)


def collection(client, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(response.content)


def names(features):
    return sorted(f["properties"]["name"] for f in features if not f["properties"].get("cluster"))


def test_a_view_of_europe_gets_only_the_european_parks(client, parks):
    europe = collection(client, f"{EUROPE}&zoom=5")
    assert names(europe["features"]) == ["Efteling", "Europa-Park"]
    assert europe["parks"] == 2


def test_a_few_parks_in_view_are_always_sent_as_parks_even_at_the_world_view(client, parks):
    world = collection(client, f"{WORLD}&zoom=2")
    assert names(world["features"]) == ["Cedar Point", "Efteling", "Europa-Park", "Kings Island"]
    cedar = next(f for f in world["features"] if f["properties"]["name"] == "Cedar Point")
    assert cedar["properties"] == {  # the same popup facts as the full feed
        "name": "Cedar Point",
        "place": "Sandusky, Ohio, United States of America",
        "url": "/parks/cedar-point/",
        "rides": 3,
        "coasters": 2,
    }


def test_at_the_world_view_close_parks_become_clusters_whose_counts_add_up(
    client, parks, few_singles
):
    world = collection(client, f"{WORLD}&zoom=2")
    clusters = [f for f in world["features"] if f["properties"].get("cluster")]
    assert sorted(c["properties"]["count"] for c in clusters) == [2, 2]
    assert sum(c["properties"]["count"] for c in clusters) == world["parks"] == 4
    ohio = next(c for c in clusters if c["geometry"]["coordinates"][0] < 0)
    # At the parks' mean position, with their bounds to zoom to (RFC 7946 bbox: w, s, e, n).
    assert ohio["geometry"]["coordinates"] == [-83.47575, 40.4135]
    assert ohio["bbox"] == [-84.268, 39.3448, -82.6835, 41.4822]
    assert ohio["properties"] == {"cluster": True, "count": 2}
    assert world["bbox"] == [-84.268, 39.3448, 7.722, 51.65]  # every park in the view


def test_zooming_in_splits_a_cluster_into_its_parks(client, parks, few_singles):
    ohio = collection(client, f"{OHIO}&zoom=7")
    assert names(ohio["features"]) == ["Cedar Point", "Kings Island"]
    assert not any(f["properties"].get("cluster") for f in ohio["features"])


def test_filters_combine_with_the_view(client, parks, few_singles):
    coasters = collection(client, f"{WORLD}&zoom=2&has_coasters=on")
    assert [f["properties"] for f in coasters["features"]] == [{"cluster": True, "count": 2}]
    germany = collection(client, f"{EUROPE}&zoom=2&country=DE")
    assert names(germany["features"]) == ["Europa-Park"]
    assert collection(client, f"{OHIO}&zoom=7&country=DE") == {
        "type": "FeatureCollection",
        "parks": 0,
        "features": [],
    }


def test_a_view_across_the_antimeridian_holds_both_sides(client, park_index):
    make_park(park_index, "cedar", title="Fiji Park", slug="fiji", latitude=-18, longitude=178)
    make_park(park_index, "kings", title="Samoa Park", slug="samoa", latitude=-14, longitude=-172)
    make_park(park_index, "europa", title="Far Park", slug="far", latitude=-14, longitude=150)
    pacific = collection(client, "bbox=170,-30,-165,0&zoom=5")
    assert names(pacific["features"]) == ["Fiji Park", "Samoa Park"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("bbox=1,2,3", "bbox"),
        ("bbox=a,b,c,d", "bbox"),
        ("bbox=nan,0,10,10", "bbox"),
        ("bbox=-200,0,10,10", "bbox"),
        ("bbox=0,-95,10,10", "bbox"),
        ("bbox=0,50,10,10", "bbox"),  # south above north
        ("bbox=0,0,10,10&zoom=20", "zoom"),
        ("bbox=0,0,10,10&zoom=-1", "zoom"),
        ("bbox=0,0,10,10&zoom=2.5", "zoom"),
        ("zoom=x", "zoom"),
    ],
)
def test_a_bad_bbox_or_zoom_is_a_400_naming_the_parameter(client, parks, query, field):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 400
    errors = json.loads(response.content)["errors"]
    assert list(errors) == [field]
    assert errors[field][0]["message"]


def test_the_kept_world_grid_answers_as_grouping_the_parks_would(parks, few_singles):
    """An unfiltered coarse view is read from the world cells kept per content version; a
    filtered one groups its parks in the database. Both must give the same answer."""
    for query in ({"bbox": "-180,-90,180,90", "zoom": "2"}, {"bbox": "-100,30,20,60", "zoom": "4"}):
        view = viewport(query)
        kept = viewport_collection(mappable_parks(), view, filtered=False)
        grouped = viewport_collection(mappable_parks(), view, filtered=True)
        assert kept == grouped
        assert kept["parks"] == 4


def test_a_publish_shows_in_the_kept_world_grid_at_once(client, parks, park_index):
    assert collection(client, f"{WORLD}&zoom=2")["parks"] == 4
    make_park(park_index, "europa", title="Phantasialand", slug="phantasialand")
    assert collection(client, f"{WORLD}&zoom=2")["parks"] == 5


def test_views_within_the_same_grid_cells_share_a_cache_key(parks):
    factory = RequestFactory()

    def key(query):
        request = factory.get(URL, query)
        return geojson_cache_key(request, viewport(request.GET)).rsplit(":", 1)[1]

    # At zoom 5 a cell is 2.8125 degrees: both snap out to -11.25,33.75,30.9375,61.875.
    nearby = {"bbox": "-9.9,35.1,29.9,59.5", "zoom": "5"}
    assert key({"bbox": "-10,35,30,60", "zoom": "5"}) == key(nearby)
    assert key({"bbox": "-10,35,30,60", "zoom": "5"}) != key({"bbox": "-10,35,30,60", "zoom": "6"})
    assert key({"bbox": "-10,35,30,60", "zoom": "5"}) != key(
        {"bbox": "-10,35,30,60", "zoom": "5", "country": "DE"}
    )


def test_a_client_asking_for_the_world_at_full_zoom_still_gets_cells_not_parks(client, parks):
    """The grid is made coarser until the bbox spans at most 64 cells, so no request can
    make the response grow with the parks (a 1280-pixel view spans 20 cells at any zoom)."""
    view = viewport({"bbox": "-180,-90,180,90", "zoom": "19"})
    assert 360 / view.cell <= 64
    assert viewport({"bbox": "-10,35,30,60", "zoom": "19"}).grid_zoom < 19
    assert viewport({"bbox": "7.720,48.260,7.723,48.262", "zoom": "19"}).grid_zoom == 19


# View restrictions (the parks, and the coaster filter), country choices, the grouped cells,
# site root paths, the ride counts in one grouped query, and the rows of the single parks.
VIEWPORT_MAX_QUERIES = 7


@pytest.mark.parametrize("filters", ["", "&has_coasters=on&country=US"])
def test_a_cold_view_costs_the_same_queries_with_ten_times_the_parks(
    client, park_index, settings, few_singles, filters
):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    settings.MAP_GEOJSON_CACHE_SECONDS = 0
    url = f"{URL}?{WORLD}&zoom=2{filters}"
    make_park(park_index, "cedar")
    make_park(park_index, "europa")
    few = count_queries(client, url)
    for n in range(10):
        make_park(park_index, "kings", title=f"Park {n}", slug=f"park-{n}")
    assert count_queries(client, url) == few <= VIEWPORT_MAX_QUERIES


def test_the_maps_first_view_reads_no_row_once_the_grid_is_kept(
    client, park_index, settings, few_singles, django_assert_num_queries
):
    """With the cache up (the response cache off, as in the benchmark), the world view reads
    its cells, and the rows of the parks shown singly, from the kept grid: no query, however
    many of its cells hold one park."""
    settings.MAP_GEOJSON_CACHE_SECONDS = 0
    make_park(park_index, "cedar")
    make_park(park_index, "kings")
    make_park(park_index, "europa")
    url = f"{URL}?bbox=-180,-67.5,180,90&zoom=2"
    client.get(url)
    with django_assert_num_queries(0):
        features = json.loads(client.get(url).content)["features"]
    assert [f["properties"].get("count") for f in features] == [2, None]  # Ohio, Europa-Park
    assert features[1]["properties"]["name"] == "Europa-Park"


def test_a_map_view_reloaded_is_served_whole_from_the_page_cache(client, parks, settings):
    settings.PAGE_CACHE_SECONDS = 60
    url = f"{URL}?{WORLD}&zoom=2"
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert again["Content-Type"] == "application/geo+json"
    # A bad view is answered with its 400 every time, never kept.
    assert client.get(f"{URL}?bbox=1,2,3").status_code == 400
    assert "X-Page-Cache" not in client.get(f"{URL}?bbox=1,2,3")
