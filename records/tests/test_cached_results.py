"""A records or census page whose results and filter choices are cached makes no query."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import records.views
from records.tests.factories_data import build_coasters
from records.tests.test_records_page import holders
from rides.factories import CoasterPageFactory
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/records/?stat=height", "/stats/"])
def test_a_cached_results_fragment_and_its_country_choices_cost_no_query(client, park_index, url):
    build_coasters(park_index)
    html = client.get(url).content.decode()
    assert count_queries(client, url) == 0
    assert client.get(url).content.decode() == html


def test_a_link_with_extra_parameters_reads_the_fragment_of_its_clean_address(client, park_index):
    build_coasters(park_index)
    client.get("/records/?stat=height")
    client.get("/stats/?category=")
    # A campaign tag or an empty filter does not make readers compute the results again.
    for url in ("/records/?stat=height&utm_source=newsletter", "/stats/?utm_source=newsletter"):
        with CaptureQueriesContext(connection) as first_visit:
            assert client.get(url).status_code == 200
        assert len(first_visit.captured_queries) == 0


def test_a_ride_that_opens_tomorrow_takes_the_record_tomorrow(client, park_index, monkeypatch):
    rides = build_coasters(park_index)
    opening = datetime.date.today() + datetime.timedelta(days=1)
    CoasterPageFactory(
        parent=rides["twin_a"].get_parent(),
        title="Newcomer",
        height_m="140",
        opening_date=opening,  # published ahead, as operating from its opening day
    )
    url = "/records/?stat=height"
    assert holders(client.get(url).content.decode())[0] == "Twin A"

    monkeypatch.setattr(records.views, "today", lambda: opening)
    assert holders(client.get(url).content.decode())[0] == "Newcomer"
