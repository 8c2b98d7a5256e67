"""A broad word on the database search costs the same however many pages it matches: it
ranks a bounded set of candidates, the pages named by the words first, and tells the reader
when more matched than it counted."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory
from rides.models import RidePage
from search import engine, lists

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def coasters_and_lookalikes(park_index):
    """Ten rides named "Count Coaster …", then four whose text only mentions it."""
    park = ParkPageFactory(parent=park_index, title="Tally Park", slug="tally-park")
    for i in range(10):
        CoasterPageFactory(parent=park, title=f"Count Coaster {i}")
    for i in range(4):
        CoasterPageFactory(parent=park, title=f"Lookalike {i}", intro="Not the count coaster.")


def ranked(limit, stop=20):
    from modelsearch.backends import get_search_backend
    from modelsearch.query import PlainText

    from search import postgres

    backend = get_search_backend("default")
    rides = RidePage.objects.live().public()
    query = PlainText("count coaster", operator="and")
    fields = ("status",)
    with CaptureQueriesContext(connection) as statements:
        hits, groups = postgres.ranked_with_counts(backend, rides, query, fields, stop, limit)
    assert len(statements.captured_queries) == 1
    return [title for _, title, *_ in hits], sum(n for *_, n in groups)


def test_below_the_cap_every_match_is_ranked_and_counted(coasters_and_lookalikes):
    titles, total = ranked(limit=500)
    assert total == 14
    assert len(titles) == 14
    assert all(title.startswith("Count Coaster") for title in titles[:10])
    assert all(title.startswith("Lookalike") for title in titles[10:])


def test_past_the_cap_the_pages_named_by_the_words_are_the_candidates(coasters_and_lookalikes):
    titles, total = ranked(limit=6)
    assert total == 6
    assert len(titles) == 6
    assert all(title.startswith("Count Coaster") for title in titles)

    titles, total = ranked(limit=12)
    assert total == 12
    assert sorted(title.split()[0] for title in titles) == ["Count"] * 10 + ["Lookalike"] * 2


def test_a_reader_is_told_when_more_matched_than_were_counted(
    client, coasters_and_lookalikes, monkeypatch
):
    monkeypatch.setattr(lists, "MAX_RESULTS", 8)
    monkeypatch.setattr(engine, "MAX_RESULTS", 8)
    html = client.get("/search/", {"q": "count coaster", "type": "ride"}).content.decode()
    assert "At least 8 results for “count coaster”" in html
    assert "The filter counts cover the first 8" in html
    assert html.count('<article class="search-result">') == 8

    monkeypatch.setattr(lists, "MAX_RESULTS", 500)
    monkeypatch.setattr(engine, "MAX_RESULTS", 500)
    html = client.get("/search/", {"q": "count coaster", "type": "ride"}).content.decode()
    assert "14 results for “count coaster”" in html
    assert "At least" not in html
