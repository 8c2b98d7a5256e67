"""Timelines: new for a year, closed in a year, and the pipeline of rides still to open."""

import datetime

import pytest

from parks.factories import ParkPageFactory
from records.tests.factories_data import build_coasters
from rides.factories import CoasterPageFactory
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def coasters(park_index):
    return build_coasters(park_index)


def results(html):
    return html.split('class="results__count"', 1)[1]


def test_new_for_a_year_lists_the_rides_that_opened_then(client, coasters):
    html = results(client.get("/new/2000/").content.decode())
    assert "Twin A" in html and "Twin B" not in html
    assert "1 ride" in html


def test_closed_in_a_year_lists_closed_and_relocated_rides(client, coasters):
    html = results(client.get("/closed/2010/").content.decode())
    assert "Moved (first home)" in html and "Relocated" in html
    assert "Tall" not in html
    assert "Tall" in results(client.get("/closed/2005/").content.decode())


def test_the_pipeline_lists_announced_rides_with_their_expected_opening(client, park_index):
    park = ParkPageFactory(parent=park_index, title="Future Park", country="DE")
    CoasterPageFactory(
        parent=park,
        title="Next Big Thing",
        status="announced",
        opening_date=datetime.date(2027, 4, 1),
        opening_date_precision="month",
    )
    CoasterPageFactory(parent=park, title="Old Favourite")
    html = results(client.get("/pipeline/").content.decode())
    assert "Next Big Thing" in html and "April 2027" in html
    assert "Old Favourite" not in html


def test_timeline_filters_by_category_and_continent(client, coasters):
    html = results(client.get("/new/1999/?category=roller_coaster").content.decode())
    assert "Flat" not in html
    assert "Flat" in results(client.get("/new/1999/").content.decode())
    html = results(client.get("/new/1990/?continent=north_america").content.decode())
    assert "Wooden" not in html


def test_impossible_years_are_not_found_and_bad_filters_are_dropped(client, coasters):
    assert client.get("/new/1200/").status_code == 404
    assert client.get("/closed/99999/").status_code == 404
    assert client.get("/new/2000/?category=rocket&page=zzz").status_code == 200


def test_htmx_gets_the_partial_with_a_clean_url(client, coasters):
    response = client.get(
        "/new/2000/?category=roller_coaster&junk=1",
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="timeline-results",
    )
    assert "<html" not in response.content.decode()
    assert response["HX-Push-Url"] == "/new/2000/?category=roller_coaster"


def test_year_page_has_breadcrumbs_canonical_and_its_feed(client, coasters):
    html = client.get("/new/2000/").content.decode()
    assert 'aria-label="Breadcrumb"' in html
    assert '<link rel="canonical" href="http://testserver/new/2000/">' in html
    assert 'href="/feeds/new/2000/"' in html


@pytest.mark.parametrize("url", ["/new/2000/", "/closed/2010/", "/pipeline/"])
def test_query_count_does_not_grow_with_the_data(client, park_index, url):
    build_coasters(park_index)
    small = count_queries(client, url)
    build_coasters(park_index)
    assert count_queries(client, url) == small <= 12


def test_sitemap_lists_the_new_pages_and_only_years_with_something_in_them(client, coasters):
    xml = client.get("/sitemap.xml").content.decode()
    for path in ("/records/", "/stats/", "/pipeline/", "/new/2000/", "/closed/2010/"):
        assert f"<loc>http://testserver{path}</loc>" in xml
    assert "/new/2001/" not in xml
    assert coasters["twin_a"].url in xml  # Wagtail's own pages are still there
