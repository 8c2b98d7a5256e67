"""A company page lists its rides (filtered in place), counts them by status, and describes
itself to search engines and social sites (JSON-LD, Open Graph) like park and ride pages.
The timeline has its own file (test_company_timeline.py)."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from companies.factories import ManufacturerFactory
from companies.tests.helpers import build, rides_section, timeline_queries
from images.factories import ImageFactory
from operations.cache import bump_content_version
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db


def test_rides_are_counted_by_status(client, maker):
    html = client.get("/companies/intamin/").content.decode()
    status = html.split('id="status-heading"', 1)[1].split("</section>", 1)[0]
    assert "<dt>Operating</dt><dd>2</dd>" in status and "<dt>Demolished</dt><dd>1</dd>" in status


def test_json_ld_and_open_graph_describe_the_company(client, maker):
    html = client.get("/companies/intamin/").content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )
    assert data == {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": "Intamin",
        "url": "http://testserver/companies/intamin/",
        "description": "Swiss ride maker.",
        "sameAs": "https://www.intamin.com/",
        "foundingDate": "1967",
        "address": {"@type": "PostalAddress", "addressCountry": "CH"},
    }
    assert '<meta property="og:title" content="Intamin">' in html
    assert '<meta property="og:url" content="http://testserver/companies/intamin/">' in html


def test_query_count_does_not_grow_with_the_rides(
    client, park_index, maker, django_assert_max_num_queries
):
    # 5 when kept: the company, two existence checks, parks, ride models. 13 just after a
    # publish: the view restrictions, the site, the status counts, the ride count, one page
    # of rides, their parks and the timeline's two (all kept per content version) too.
    small = count_queries(client, "/companies/intamin/")
    build(park_index, maker, rides=9)
    assert count_queries(client, "/companies/intamin/") == small == 5
    bump_content_version()
    with django_assert_max_num_queries(13):
        client.get("/companies/intamin/?status=operating&sort=-opened")


def test_a_page_of_rides_is_rendered_once_per_publish_and_filters(client, maker):
    """The second reader of the same company page (and filters) gets its rides without
    loading them; other filters are a page of their own."""
    client.get("/companies/intamin/")
    with CaptureQueriesContext(connection) as again:
        html = client.get("/companies/intamin/").content.decode()
    assert "Intamin ride 2" in rides_section(html)
    # The page of rides is the query ordered by status (CASE ... WHEN, companies.views.by_status).
    assert not [q for q in again.captured_queries if "CASE WHEN" in q["sql"]]
    # Nor does it count the maker's rides, for the pages or by status: both grow with them.
    assert not [q for q in again.captured_queries if "COUNT(" in q["sql"].upper()]
    assert "<dt>Operating</dt><dd>2</dd>" in html
    demolished = client.get("/companies/intamin/", {"status": "demolished"}).content.decode()
    assert "Intamin ride 0" in rides_section(demolished)
    assert "Intamin ride 1" not in rides_section(demolished)


def test_the_htmx_partial_reads_neither_the_timeline_nor_the_status_counts(client, maker):
    htmx = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "company-rides"}
    with CaptureQueriesContext(connection) as partial:
        html = client.get("/companies/intamin/", {"status": "operating"}, **htmx).content.decode()
    assert "2 rides match your filters" in html
    assert timeline_queries(partial.captured_queries) == []
    assert not [q for q in partial.captured_queries if "GROUP BY" in q["sql"]]


def test_rides_grouped_by_status_with_park_year_and_thumbnail(client, park_index):
    vekoma = ManufacturerFactory(name="Vekoma", slug="vekoma")
    efteling = ParkPageFactory(parent=park_index, title="Efteling")
    walibi = ParkPageFactory(parent=park_index, title="Walibi Holland")
    CoasterPageFactory(
        parent=efteling,
        title="Drop Tower",
        manufacturer=vekoma,
        opening_date=datetime.date(2009, 4, 1),
    )
    CoasterPageFactory(
        parent=walibi,
        title="Drop Tower",
        manufacturer=vekoma,
        status="demolished",
        opening_date=datetime.date(1999, 4, 1),
        closing_date=datetime.date(2010, 1, 1),
        hero_image=ImageFactory(),
    )
    rides = rides_section(client.get("/companies/vekoma/").content.decode())
    operating, demolished = rides.split('<h3 class="group-title">Demolished', 1)
    assert '<h3 class="group-title">Operating' in operating
    assert "Efteling</a> · opened 2009" in operating
    assert "Walibi Holland</a> · opened 1999" in demolished
    assert "<picture" in demolished and "ride-row__image card__image--empty" in operating


def test_filters_narrow_the_rides_in_place_with_htmx(client, maker):
    htmx = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "company-rides"}
    response = client.get("/companies/intamin/", {"status": "demolished"}, **htmx)
    html = response.content.decode()
    assert "<html" not in html and "1 ride matches your filters" in html
    assert "Intamin ride 0" in html and "Intamin ride 1" not in html
    assert response["HX-Push-Url"] == "/companies/intamin/?status=demolished"


@pytest.mark.parametrize(
    "query",
    [
        "status=nonsense",
        "page=abc",
        "sort=%00",
        "role=owner",
        "opened=abc",
        "opened=0",
        "opened=10000",
        "opened=-2001",
        "opened=2001.5",
        "opened=%00",
        "opened=%D9%A2%D9%A0%D9%A0%D9%A1",  # 2001 in Arabic-Indic digits
    ],
)
def test_a_bad_filter_value_is_ignored_not_an_error(client, maker, query):
    response = client.get(f"/companies/intamin/?{query}")
    assert response.status_code == 200
    assert "3 rides" in response.content.decode()
