"""/map/: the filter form of /parks/, the map, and the same parks listed by country."""

import json
import re
import socket

import pytest

from maps.tests.conftest import make_park
from operations.cache import REDIS_BACKEND, make_error_tolerant
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "map-results"}


def listed_parks(html):
    return re.findall(r'<li><a href="/parks/[^"]+/">([^<]+)</a>', html)


def test_the_list_groups_the_mapped_parks_by_country(client, parks):
    html = client.get("/map/").content.decode()
    headings = re.findall(r'<h2 class="group-title">([^<]+?) <span', html)
    assert headings == ["Germany", "Netherlands", "United States of America"]
    assert listed_parks(html) == ["Europa-Park", "Efteling", "Cedar Point", "Kings Island"]
    assert "Unpublished Park" not in html and "Somewhere Park" not in html
    assert "3 rides, 2 roller coasters" in html


def test_the_list_holds_the_same_parks_as_the_geojson_for_every_filter(client, parks):
    for query in ("", "?country=US", "?has_coasters=on", "?country=NL&has_coasters=on"):
        html = client.get("/map/" + query).content.decode()
        geojson_url = re.search(r'data-geojson-url="([^"]+)"', html).group(1).replace("&amp;", "&")
        features = json.loads(client.get(geojson_url).content)["features"]
        assert sorted(listed_parks(html)) == sorted(f["properties"]["name"] for f in features)


def test_a_long_list_comes_a_page_at_a_time_under_the_same_markers(client, parks, monkeypatch):
    monkeypatch.setattr("maps.views.LIST_PAGE_SIZE", 2)
    first = client.get("/map/").content.decode()
    second = client.get("/map/?page=2").content.decode()
    assert listed_parks(first) == ["Europa-Park", "Efteling"]
    assert listed_parks(second) == ["Cedar Point", "Kings Island"]
    assert "4 parks; listed here: 1–2" in first and "listed here: 3–4" in second
    assert 'rel="next" href="?page=2"' in first and 'rel="prev" href="?page=1"' in second
    geojson = re.compile(r'data-geojson-url="([^"]+)"')
    assert geojson.search(first).group(1) == geojson.search(second).group(1)  # every park


def test_an_htmx_page_of_the_list_keeps_the_filters_in_its_url(client, parks, monkeypatch):
    monkeypatch.setattr("maps.views.LIST_PAGE_SIZE", 1)
    response = client.get("/map/?country=US&page=2&junk=1", **HTMX)
    assert listed_parks(response.content.decode()) == ["Kings Island"]
    assert response["HX-Push-Url"] == "/map/?country=US&page=2"
    for page in ("99", "abc", "-1"):  # a stale or mistyped page is still a list, never a 500
        assert client.get(f"/map/?country=US&page={page}").status_code == 200


def test_the_form_is_the_park_list_form_plus_has_roller_coasters(client, parks):
    html = client.get("/map/").content.decode()
    for name in ("country", "status", "park_type", "operator", "has_coasters"):
        assert f'name="{name}"' in html
    assert 'name="sort"' not in html  # the map shows every match at once
    assert 'data-hx-target="#map-results"' in html and 'data-hx-push-url="true"' in html


def test_a_stale_filter_value_is_ignored_like_on_the_park_list(client, parks):
    response = client.get("/map/?country=XX&status=US")
    assert response.status_code == 200
    assert len(listed_parks(response.content.decode())) == 4


def test_an_htmx_filter_gets_the_results_fragment_and_a_clean_url(client, parks):
    response = client.get("/map/?country=US&junk=1&has_coasters=on", **HTMX)
    assert [t.name for t in response.templates][0] == "maps/map_results.html"
    html = response.content.decode()
    assert "<form" not in html and listed_parks(html) == ["Cedar Point", "Kings Island"]
    assert response["HX-Push-Url"] == "/map/?country=US&has_coasters=on"
    assert 'data-geojson-url="/map/parks.geojson?country=US&amp;has_coasters=on"' in html
    assert "HX-Target" in response["Vary"]


def test_the_map_container_is_labelled_and_hidden_until_the_script_runs(client, parks):
    html = client.get("/map/").content.decode()
    assert "data-parks-map hidden" in html
    assert 'aria-label="Map of the parks that match the filters"' in html
    assert 'data-tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in html
    assert not re.search(
        r"<script(?![^>]*\bsrc=)[^>]*>(?!</script>)",
        html.replace('<script type="application/ld+json">', ""),
    )
    assert " style=" not in html and not re.search(r"\son[a-z]+=", html)


def test_every_page_links_to_the_map_and_the_records_in_its_main_navigation(client, parks):
    nav = re.compile(r'<nav class="site-nav" aria-label="Main">(.*?)</nav>', re.S)
    on_a_park = nav.search(client.get("/parks/cedar-point/").content.decode()).group(1)
    assert '<a href="/map/">Map</a>' in on_a_park
    assert '<a href="/records/">Records</a>' in on_a_park
    on_the_map = nav.search(client.get("/map/").content.decode()).group(1)
    assert '<a href="/map/" aria-current="page">Map</a>' in on_the_map


def test_the_sitemap_lists_the_map(client, parks):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/map/</loc>" in xml
    assert "/parks/cedar-point/</loc>" in xml  # the pages are still there


MAP_PAGE_MAX_QUERIES = 8
MAP_FRAGMENT_MAX_QUERIES = 8


def test_query_counts_do_not_grow_with_the_parks(client, park_index):
    make_park(park_index, "cedar")
    small = (count_queries(client, "/map/"), count_queries(client, "/map/?country=US", **HTMX))
    for n in range(10):
        make_park(park_index, "europa", title=f"Park {n}", slug=f"park-{n}")
    large = (count_queries(client, "/map/"), count_queries(client, "/map/?country=US", **HTMX))
    assert small == large
    assert small[0] <= MAP_PAGE_MAX_QUERIES and small[1] <= MAP_FRAGMENT_MAX_QUERIES


def test_a_cold_list_does_not_query_per_park(client, park_index, django_assert_max_num_queries):
    for n in range(12):
        make_park(park_index, "europa", title=f"Park {n}", slug=f"park-{n}")
    with django_assert_max_num_queries(MAP_PAGE_MAX_QUERIES + 1):
        assert client.get("/map/").status_code == 200


def test_with_redis_down_the_map_and_its_geojson_still_answer(client, parks, settings):
    with socket.socket() as sock:  # a port where no Redis listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.CACHES = make_error_tolerant(
        {"default": {"BACKEND": REDIS_BACKEND, "LOCATION": f"redis://127.0.0.1:{port}/0"}}
    )
    for url in ("/map/", "/map/?country=US", "/map/parks.geojson?has_coasters=on"):
        for _ in range(2):  # a cold and a would-be-warm request
            assert client.get(url).status_code == 200, url
    assert len(json.loads(client.get("/map/parks.geojson").content)["features"]) == 4
