"""Readers searching on the real engine (OpenSearch or Elasticsearch from `make services`):
relevance, typos, filters that agree with the database, autocomplete, "did you mean",
promoted results, awkward input, and how many requests one search costs."""

import datetime

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from companies.factories import ManufacturerFactory
from parks.factories import ParkPageFactory
from parks.models import ParkType
from rides.factories import CoasterPageFactory, RideModelFactory, RidePageFactory
from rides.models import RidePage
from search.backends import DATABASE_BACKEND
from search.tests.test_search import BAD_INPUT

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


@pytest.fixture
def content(engine, park_index):
    intamin = ManufacturerFactory(name="Intamin", slug="intamin")
    vekoma = ManufacturerFactory(name="Vekoma", slug="vekoma")
    mega_lite = RideModelFactory(name="Mega-Lite", slug="mega-lite", manufacturer=intamin)
    cedar = ParkPageFactory(parent=park_index, title="Cedar Point", intro="On Lake Erie.")
    europa = ParkPageFactory(
        parent=park_index,
        title="Europa-Park",
        country="DE",
        city="Rust",
        region="Baden-Württemberg",
        park_type=ParkType.THEME_PARK,
        opening_date=datetime.date(1975, 7, 12),
    )
    ParkPageFactory(
        parent=park_index,
        title="Kennywood",
        city="West Mifflin",
        region="Pennsylvania",
        park_type=ParkType.AMUSEMENT_PARK,
        opening_date=datetime.date(1898, 5, 30),
    )
    CoasterPageFactory(
        parent=cedar,
        title="Millennium Force",
        manufacturer=intamin,
        opening_date=datetime.date(2000, 5, 13),
    )
    CoasterPageFactory(
        parent=cedar,
        title="Wicked Twister",
        manufacturer=intamin,
        intro="Its twin spikes stand taller than Millennium Force's lift hill? No, but close.",
        opening_date=datetime.date(2002, 5, 5),
    )
    RidePageFactory(parent=cedar, title="Cedar Creek Mine Ride", category="water_ride")
    CoasterPageFactory(
        parent=europa,
        title="Blue Fire",
        manufacturer=intamin,
        former_names="Blue Fire Megacoaster",
        opening_date=datetime.date(2009, 4, 4),
    )
    CoasterPageFactory(parent=europa, title="Pegasus", manufacturer=vekoma, opening_date=None)
    CoasterPageFactory(
        parent=europa, title="Lite Flyer", manufacturer=intamin, ride_model=mega_lite
    )
    engine.refresh()
    return {"cedar": cedar, "europa": europa}


def search(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert response.context["outcome"].backend == "default", "the engine must answer"
    return response


def titles(response):
    return [page.title for page in response.context["page_obj"].object_list]


def test_an_exact_name_beats_a_mention_in_another_page(client, content):
    assert titles(search(client, q="Millennium Force"))[0] == "Millennium Force"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Megacoaster", "Blue Fire"),  # a former name
        ("Rust", "Europa-Park"),  # a town
        ("Pennsylvania", "Kennywood"),  # a region
        ("Vekoma", "Pegasus"),  # a manufacturer
        ("Mega-Lite", "Lite Flyer"),  # a ride model
    ],
)
def test_names_places_and_companies_find_their_pages(client, content, query, expected):
    assert expected in titles(search(client, q=query))


def test_a_typo_still_finds_the_ride(client, content):
    assert titles(search(client, q="milenium force"))[0] == "Millennium Force"


def test_filters_counts_sorting_and_pages_agree_with_the_database(client, content, settings):
    cases = [
        {"q": "Intamin"},
        {"q": "Cedar", "sort": "name"},
        {"q": "Intamin", "type": "ride", "sort": "-opened"},
        {"category": "roller_coaster", "sort": "opened"},
        {"country": "DE"},
        {"status": "operating", "sort": "name", "page": "2"},
    ]
    engine_answers = []
    for params in cases:
        response = search(client, **params)
        engine_answers.append(summary(response))
    settings.WAGTAILSEARCH_BACKENDS = {"default": DATABASE_BACKEND}
    for params, expected in zip(cases, engine_answers, strict=True):
        assert summary(client.get("/search/", params)) == expected, params


def summary(response):
    """What a reader sees: the total, the page's names (in order unless ranked) and the counts."""
    outcome = response.context["outcome"]
    names = titles(response)
    if response.context["sort"] == "relevance":
        names = sorted(names)
    facets = {f.name: sorted((o.value, o.count) for o in f.options) for f in outcome.facets}
    return outcome.total, names, facets


def test_one_search_is_one_engine_request(client, content, engine, monkeypatch):
    engine.count_requests(monkeypatch)
    search(client, q="Intamin")  # parks and rides, hits and every facet count
    assert engine.requests == [("POST", "/_msearch")]
    engine.requests.clear()
    search(client, q="Force", category="roller_coaster", sort="name", page="2")
    assert len(engine.requests) == 1
    engine.requests.clear()
    html = client.get("/search/autocomplete/", {"q": "Mill"}).content.decode()
    assert "Millennium Force" in html and len(engine.requests) == 1


def test_a_typo_costs_a_second_request_only_when_the_words_match_nothing(
    client, content, engine, monkeypatch
):
    engine.count_requests(monkeypatch)
    assert "Millennium Force" in titles(search(client, q="millennium force"))
    assert engine.requests == [("POST", "/_msearch")]  # spelled right: no fuzzy search
    engine.requests.clear()
    assert titles(search(client, q="milenium force"))[0] == "Millennium Force"
    assert engine.requests == [("POST", "/_msearch")] * 2  # as typed, then typo-tolerant


def test_query_count_of_an_engine_search_is_pinned(client, content, django_assert_max_num_queries):
    # Includes the first logging of this query (and its asynchronous-commit setting) and the
    # first rendering of each result card.
    with django_assert_max_num_queries(27):
        search(client, q="Intamin")
    with django_assert_max_num_queries(8):
        client.get("/search/autocomplete/", {"q": "Ced"})


def test_autocomplete_completes_names_as_they_are_typed(client, content):
    html = client.get("/search/autocomplete/", {"q": "Mill"}).content.decode()
    assert "Millennium Force" in html and "Pegasus" not in html
    assert "Blue Fire" in client.get("/search/autocomplete/", {"q": "blue fi"}).content.decode()


def test_names_that_fill_the_suggestions_cost_no_engine_request(
    client, content, engine, monkeypatch
):
    """Eight names start with "thunder": the header box lists them A to Z from the name index,
    as the database does, without asking the engine. "fire" starts no name, so the engine
    finds the later word."""
    cedar = RidePage.objects.get(title="Millennium Force").get_parent()
    for n in reversed(range(9)):
        RidePageFactory(parent=cedar, title=f"Thunder Run {n}")
    engine.count_requests(monkeypatch)
    html = client.get("/search/autocomplete/", {"q": "thunder"}).content.decode()
    assert [f"Thunder Run {n}" in html for n in range(9)] == [True] * 8 + [False]
    assert engine.requests == []
    assert "Blue Fire" in client.get("/search/autocomplete/", {"q": "fire"}).content.decode()
    assert engine.requests == [("POST", "/_msearch")]


def test_nothing_found_suggests_close_names(client, content):
    response = search(client, q="Pega suss")
    assert response.context["outcome"].total == 0
    assert "Pegasus" in response.context["suggestions"]


def test_promoted_results_come_first_and_are_not_repeated(client, content):
    blue_fire = RidePage.objects.get(title="Blue Fire")
    SearchPromotion.objects.create(query=Query.get("intamin"), page=blue_fire, sort_order=0)
    response = search(client, q="Intamin")
    assert [p.page.title for p in response.context["promotions"]] == ["Blue Fire"]
    assert "Blue Fire" not in titles(response)  # shown once, as the editors' pick
    html = response.content.decode()
    assert html.index("Blue Fire") < html.index("Millennium Force")


def test_awkward_input_never_fails_nor_reaches_the_engine_as_syntax(client, content):
    """Lucene syntax, NUL bytes, 10,000 characters, right-to-left text and emoji."""
    for query in [*BAD_INPUT, "x" * 10_000, "Cedar" + "\x00" * 50, "title:Cedar OR *:*"]:
        for url in ("/search/", "/search/autocomplete/"):
            response = client.get(url, {"q": query})
            assert response.status_code == 200, (url, query)
        outcome = client.get("/search/", {"q": query}).context["outcome"]
        # The engine accepted every search: syntax would have been refused, or matched all.
        assert outcome is None or outcome.backend == "default", query
    # Query syntax arrives as plain words: "match everything" matches nothing here.
    assert client.get("/search/", {"q": "title:Cedar OR *:*"}).context["outcome"].total == 0


def test_hits_need_no_query_and_a_page_unpublished_before_its_index_update_is_not_shown(
    client, content
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from operations.cache import bump_content_version

    search(client, q="Blue Fire")
    with CaptureQueriesContext(connection) as queries:
        response = search(client, q="Blue Fire")
    assert titles(response)[0] == "Blue Fire" and ">Blue Fire<" in response.content.decode()
    hit_rows = '"rides_ridepage"."opening_date"'  # what loading the hits used to select
    assert not [q for q in queries.captured_queries if hit_rows in q["sql"]]
    # The unpublish is committed and announced (the version bump), its index update queued:
    RidePage.objects.filter(title="Blue Fire").update(live=False)
    bump_content_version()
    html = search(client, q="Blue Fire").content.decode()
    assert ">Blue Fire<" not in html
