"""A broad word on the search engine costs the same however many pages it matches: like the
database search (test_capped_search.py), each list is asked as the pages named by the words
and the others, each part ranked and counted over a bounded number of matches, and the reader
is told when more matched than were counted."""

import pytest

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory
from search import engine as search_engine
from search import lists

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


@pytest.fixture
def coasters_and_lookalikes(engine, park_index):
    """Ten rides named "Count Coaster …", then four whose text only mentions it."""
    park = ParkPageFactory(parent=park_index, title="Tally Park", slug="tally-park")
    for i in range(10):
        CoasterPageFactory(parent=park, title=f"Count Coaster {i}")
    for i in range(4):
        CoasterPageFactory(parent=park, title=f"Lookalike {i}", intro="Not the count coaster.")
    engine.refresh()


def search(client, monkeypatch, cap):
    monkeypatch.setattr(lists, "MAX_RESULTS", cap)
    monkeypatch.setattr(search_engine, "MAX_RESULTS", cap)
    response = client.get("/search/", {"q": "count coaster", "type": "ride"})
    assert response.status_code == 200
    assert response.context["outcome"].backend == "default", "the engine must answer"
    names = [hit.title for hit in response.context["page_obj"].object_list]
    return response.content.decode(), names


def test_below_the_cap_every_match_is_ranked_and_counted(
    client, coasters_and_lookalikes, monkeypatch
):
    html, names = search(client, monkeypatch, cap=500)
    assert "14 results for “count coaster”" in html
    assert "At least" not in html
    assert all(name.startswith("Count Coaster") for name in names[:10])
    assert all(name.startswith("Lookalike") for name in names[10:])


def test_past_the_cap_the_pages_named_by_the_words_still_come_first(
    client, coasters_and_lookalikes, monkeypatch
):
    html, names = search(client, monkeypatch, cap=6)
    # Six of the ten named by the words were counted, and all four others.
    assert "At least 10 results for “count coaster”" in html
    assert "The filter counts cover the first 10" in html
    assert len(names) == 6
    assert all(name.startswith("Count Coaster") for name in names)


def test_the_filter_counts_cover_the_matches_counted(client, coasters_and_lookalikes, monkeypatch):
    monkeypatch.setattr(lists, "MAX_RESULTS", 6)
    monkeypatch.setattr(search_engine, "MAX_RESULTS", 6)
    response = client.get("/search/", {"q": "count coaster", "type": "ride"})
    outcome = response.context["outcome"]
    assert outcome.capped
    counts = {f.name: {o.value: o.count for o in f.options} for f in outcome.facets}
    assert counts["category"] == {"roller_coaster": 10}
