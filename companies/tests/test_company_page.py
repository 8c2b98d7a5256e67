"""A company page shows its rides year by year, counts them by status, and describes itself
to search engines and social sites (JSON-LD, Open Graph) like park and ride pages."""

import datetime
import json
import re

import pytest

from companies.factories import ManufacturerFactory
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db


def build(park_index, maker, rides=3):
    park = ParkPageFactory(parent=park_index)
    for n in range(rides):
        CoasterPageFactory(
            parent=park,
            manufacturer=maker,
            title=f"{maker.name} ride {n}",
            opening_date=datetime.date(2000 + n % 2, 5, 1),
            status="operating" if n % 3 else "demolished",
            closing_date=None if n % 3 else datetime.date(2010, 1, 1),
        )


@pytest.fixture
def maker(park_index):
    company = ManufacturerFactory(
        name="Intamin",
        slug="intamin",
        founded_year=1967,
        headquarters_country="CH",
        website="https://www.intamin.com/",
        description="Swiss ride maker.",
    )
    build(park_index, company)
    return company


def test_rides_listed_by_opening_year_with_counts_by_status(client, maker):
    html = client.get("/companies/intamin/").content.decode()
    timeline = html.split('id="timeline-heading"', 1)[1]
    assert re.findall(r'<a href="/new/(\d+)/">', timeline) == ["2000", "2001"]
    assert "Intamin ride 0" in timeline.split("2001")[0]
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


def test_query_count_does_not_grow_with_the_rides(client, park_index, maker):
    small = count_queries(client, "/companies/intamin/")
    build(park_index, maker, rides=9)
    assert count_queries(client, "/companies/intamin/") == small <= 12
