"""A company page's timeline: each opening year with its number of rides and the tallest few,
the rest one link away in the company's ride list. A big manufacturer made thousands of
rides; the timeline must not grow with them, in queries or in bytes."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from companies.factories import ManufacturerFactory
from companies.tests.helpers import build, rides_section, timeline_queries, timeline_section
from companies.timeline import RIDES_PER_YEAR
from operations.cache import bump_content_version
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory, RidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def vekoma(park_index):
    """Vekoma: nine rides opened in 2001 (eight coasters 10–80 m tall and a flat ride), two
    in 1999 and three with no known opening date."""
    company = ManufacturerFactory(name="Vekoma", slug="vekoma")
    park = ParkPageFactory(parent=park_index)
    for n in range(1, 9):
        CoasterPageFactory(
            parent=park,
            manufacturer=company,
            title=f"Coaster {n}0 m",
            height_m=f"{n}0",
            opening_date=datetime.date(2001, n, 1),
        )
    RidePageFactory(
        parent=park, manufacturer=company, title="Flat 2001", opening_date=datetime.date(2001, 1, 1)
    )
    for title in ("Old Mine", "Old Mill"):
        CoasterPageFactory(
            parent=park, manufacturer=company, title=title, opening_date=datetime.date(1999, 6, 1)
        )
    for n in range(3):
        RidePageFactory(parent=park, manufacturer=company, title=f"Undated {n}", opening_date=None)
    return company


def entry(html, heading):
    """The timeline's entry (the <li>) whose heading starts with `heading`."""
    timeline = timeline_section(html)
    start = timeline.index(f'<h3 class="timeline__year">{heading}')
    return timeline[start:].split("</li>\n", 1)[0]


def ride_names(entry_html):
    return re.findall(r'<li><a href="[^"]*">([^<]*)</a>', entry_html)


def test_a_year_names_its_tallest_rides_and_links_to_the_rest(client, vekoma):
    html = client.get("/companies/vekoma/").content.decode()
    year = entry(html, '<a href="/new/2001/">2001</a>')
    assert "· 9 rides</span></h3>" in year
    assert ride_names(year) == [f"Coaster {n}0 m" for n in (8, 7, 6, 5, 4)]
    assert (
        '<a href="/companies/vekoma/?opened=2001#rides-heading">and 4 more rides from 2001</a>'
        in year
    )


def test_a_year_with_few_rides_names_them_all_and_links_nothing_more(client, vekoma):
    html = client.get("/companies/vekoma/").content.decode()
    year = entry(html, '<a href="/new/1999/">1999</a>')
    assert "· 2 rides</span></h3>" in year
    assert ride_names(year) == ["Old Mill", "Old Mine"]
    assert "more" not in year


def test_years_run_oldest_first_with_the_undated_rides_last(client, vekoma):
    timeline = timeline_section(client.get("/companies/vekoma/").content.decode())
    headings = re.findall(r'<h3 class="timeline__year">(.*?) <span', timeline)
    assert headings == [
        '<a href="/new/1999/">1999</a>',
        '<a href="/new/2001/">2001</a>',
        "Opening date unknown",
    ]


def test_the_more_link_lists_every_ride_of_that_year(client, vekoma):
    rides = rides_section(client.get("/companies/vekoma/?opened=2001").content.decode())
    assert "9 rides match your filters" in rides
    assert all(f"Coaster {n}0 m" in rides for n in range(1, 9)) and "Flat 2001" in rides
    assert "Old Mine" not in rides and "Undated 0" not in rides


def test_the_rides_without_an_opening_date_are_counted_and_listed_apart(client, park_index, vekoma):
    """They are a group of the timeline like a year; `opened=unknown` lists them."""
    park = ParkPageFactory(parent=park_index)
    for n in range(3, 7):
        RidePageFactory(parent=park, manufacturer=vekoma, title=f"Undated {n}", opening_date=None)
    html = client.get("/companies/vekoma/").content.decode()
    unknown = entry(html, "Opening date unknown")
    assert "· 7 rides</span></h3>" in unknown
    assert ride_names(unknown) == [f"Undated {n}" for n in range(5)]
    assert (
        '<a href="/companies/vekoma/?opened=unknown#rides-heading">'
        "and 2 more rides with no known opening date</a>" in unknown
    )
    listed = rides_section(client.get("/companies/vekoma/?opened=unknown").content.decode())
    assert "7 rides match your filters" in listed and "Coaster" not in listed


def test_the_year_filter_keeps_its_value_and_works_in_place_with_htmx(client, vekoma):
    htmx = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "company-rides"}
    response = client.get("/companies/vekoma/", {"opened": "1999"}, **htmx)
    assert "2 rides match your filters" in response.content.decode()
    assert response["HX-Push-Url"] == "/companies/vekoma/?opened=1999"
    page = client.get("/companies/vekoma/", {"opened": "unknown"}).content.decode()
    assert re.search(r'<input type="text" name="opened" value="unknown"[^>]*id="id_opened"', page)


def test_the_timeline_is_two_queries_whatever_the_company_made(client, park_index, maker):
    """One counts the rides of each year, one reads the few shown: a maker with thousands of
    rides costs what a small one does (cold: just after a publish)."""
    client.get("/companies/intamin/")  # the site and routes, kept across publishes
    bump_content_version()
    with CaptureQueriesContext(connection) as small:
        client.get("/companies/intamin/")
    build(park_index, maker, rides=3 * RIDES_PER_YEAR)
    bump_content_version()
    with CaptureQueriesContext(connection) as big:
        html = client.get("/companies/intamin/").content.decode()
    assert len(timeline_queries(small.captured_queries)) == 2
    assert len(timeline_queries(big.captured_queries)) == 2
    assert len(big.captured_queries) == len(small.captured_queries)
    assert len(ride_names(timeline_section(html))) == 2 * RIDES_PER_YEAR


def test_the_timeline_is_read_once_per_publish_and_shows_a_new_ride_at_once(
    client, park_index, maker
):
    """It is read and rendered once per content version, and a ride published since is in
    it on the next request."""
    client.get("/companies/intamin/")
    with CaptureQueriesContext(connection) as again:
        html = client.get("/companies/intamin/").content.decode()
    assert "Intamin ride 2" in timeline_section(html)
    assert timeline_queries(again.captured_queries) == []

    new = CoasterPageFactory(
        parent=ParkPageFactory(parent=park_index),
        manufacturer=maker,
        title="Intamin ride 3",
        opening_date=datetime.date(2002, 5, 1),
    )
    new.save_revision().publish()
    with CaptureQueriesContext(connection) as after_publish:
        html = client.get("/companies/intamin/").content.decode()
    assert "Intamin ride 3" in entry(html, '<a href="/new/2002/">2002</a>')
    assert len(timeline_queries(after_publish.captured_queries)) == 2
