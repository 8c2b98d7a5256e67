"""What one search costs does not grow with the results it shows: links and cards of 20
results are built from data read once per request."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from images.factories import ImageFactory
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory
from rides.models import RidePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_rides(park_index):
    """25 coasters in 5 parks."""
    for p in range(5):
        park = ParkPageFactory(parent=park_index, title=f"Count Park {p}", slug=f"count-park-{p}")
        for i in range(5):
            CoasterPageFactory(
                parent=park, title=f"Count Coaster {p}{i}", hero_image=ImageFactory()
            )


def test_result_links_read_the_site_root_paths_once_per_search(
    client, many_rides, site_root_path_reads
):
    """Each ride's link to its park used to ask the cache for the site root paths (one Redis
    round trip per result); now every link reuses the request's copy."""
    html = client.get("/search/", {"q": "Count Coaster", "type": "ride"}).content.decode()
    assert html.count('at <a href="/parks/count-park-') == 20
    assert len(site_root_path_reads) <= 1


def test_only_the_results_shown_get_their_card_images(client, many_rides):
    """25 rides match; page 1 shows 20, each with its picture, and page 2 the other 5."""
    first = client.get("/search/", {"q": "Count Coaster", "type": "ride"}).content.decode()
    second = client.get(
        "/search/", {"q": "Count Coaster", "type": "ride", "page": 2}
    ).content.decode()
    assert first.count('class="search-result__image"') == 20
    assert second.count('class="search-result__image"') == 5


def test_a_card_is_rendered_once_per_publish(client, many_rides):
    """The cards one search rendered are the cards the next search shows, without loading a
    picture again; publishing a change shows the changed card at once."""
    search = {"q": "Count Coaster", "type": "ride", "sort": "name"}
    client.get("/search/", search)
    with CaptureQueriesContext(connection) as again:
        html = client.get("/search/", {**search, "sort": "-opened"}).content.decode()
    assert html.count('class="search-result__image"') == 20
    assert not [q for q in again.captured_queries if "rendition" in q["sql"]]

    ride = RidePage.objects.get(title="Count Coaster 00")
    ride.title = "Count Coaster Renamed"
    ride.save_revision().publish()
    html = client.get("/search/", {"q": "Renamed", "type": "ride"}).content.decode()
    assert "Count Coaster Renamed" in html


@pytest.mark.postgres
def test_did_you_mean_reads_titles_through_a_trigram_index(db):
    """A search that finds nothing ranks only the titles sharing trigrams with it."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert "search_page_title_trigram" in constraints


@pytest.mark.postgres
def test_the_database_search_can_fetch_matched_pages_by_key(db):
    """The backend joins its index entries to pages on the page key cast to text; an index on
    that cast per searched table keeps a search's cost with its matches, not the site's size."""
    expected = {
        "wagtailcore_page": "search_page_key_text",
        "parks_parkpage": "search_parkpage_key_text",
        "rides_ridepage": "search_ridepage_key_text",
    }
    with connection.cursor() as cursor:
        for table, index in expected.items():
            assert index in connection.introspection.get_constraints(cursor, table)


@pytest.mark.postgres
def test_a_park_search_takes_only_park_entries_from_the_full_text_index(db):
    """Parks and rides share one table of index entries. The full-text indexes hold each
    entry's content type too, so a search for parks takes only park entries from the index
    and never reads the row of a ride that has the words (the plans at 100,000 rides are in
    bench/results)."""
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "wagtailsearch_indexentry")
    for name in ("search_indexentry_type_title_body_gin", "search_indexentry_type_title_gin"):
        assert indexes[name]["type"] == "gin"
        assert indexes[name]["columns"][0] == "content_type_id"
    assert "search_indexentry_title_body_gin" not in indexes  # replaced


@pytest.mark.postgres
def test_a_ride_search_reads_an_index_of_ride_entries_only(many_rides):
    """Rides are nearly every entry of the index, so a key for their content type makes the
    index intersect every ride with the matches. Each list has full-text indexes holding only
    its own entries, which its statements' conditions match (search migration 0008)."""
    from django.contrib.contenttypes.models import ContentType
    from modelsearch.backends import get_search_backend
    from modelsearch.query import PlainText

    from parks.models import ParkPage
    from search import postgres

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = "
            "'wagtailsearch_indexentry'"
        )
        definitions = dict(cursor.fetchall())
    for model in (ParkPage, RidePage):
        type_id = ContentType.objects.get_for_model(model).pk
        for vector in ("title", "title_body"):
            definition = definitions[f"search_{model._meta.model_name}_{vector}_gin"]
            assert "USING gin" in definition
            assert definition.endswith(f"WHERE (content_type_id = {type_id})")

    query = PlainText("count coaster", operator="and")
    rides = RidePage.objects.live().public()
    with connection.cursor() as cursor:
        _leave_only_the_lists_full_text_indexes(cursor)
        with CaptureQueriesContext(connection) as statements:
            backend = get_search_backend("default")
            postgres.ranked_with_counts(backend, rides, query, ("status",), 20, 500)
        cursor.execute(f"EXPLAIN {statements.captured_queries[0]['sql']}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_ridepage_title_gin" in plan, plan
    assert "search_ridepage_title_body_gin" in plan, plan


def _leave_only_the_lists_full_text_indexes(cursor):
    """25 rides are cheaper to read one by one than through any full-text index, so on this
    fixture PostgreSQL would rightly plan around them. Dropping every other way into the index
    (inside the test's transaction, which rolls it back) asks the question that matters: do the
    statement's conditions match the per-list indexes' expressions and predicates? At 100,000
    rides PostgreSQL picks them on its own (docs/benchmark.md, the fourteenth pass)."""
    table = "wagtailsearch_indexentry"
    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # checks the fixture's deferred keys now
    for name, info in connection.introspection.get_constraints(cursor, table).items():
        if info["primary_key"] or info["foreign_key"] or not (info["index"] or info["unique"]):
            continue
        if name.startswith(("search_ridepage_", "search_parkpage_")):
            continue
        if info["unique"]:
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        else:
            cursor.execute(f'DROP INDEX "{name}"')
    cursor.execute("SET LOCAL enable_seqscan = off")


@pytest.mark.postgres
def test_a_ranked_database_search_matches_and_counts_in_one_statement(client, many_rides):
    """On PostgreSQL each list is one statement: the words are matched and ranked once, and
    the same rows give the hits and every filter count. Its hits and counts are modelsearch's
    own, in modelsearch's order."""
    from django.db.models import Count
    from modelsearch.backends import get_search_backend
    from modelsearch.query import PlainText

    from search import postgres

    backend = get_search_backend("default")
    rides = RidePage.objects.live().public()
    query = PlainText("count coaster", operator="and")
    fields = ("status", "category", "manufacturer_id")
    with CaptureQueriesContext(connection) as statements:
        hits, groups = postgres.ranked_with_counts(backend, rides, query, fields, 20, 500)
    assert len(statements.captured_queries) == 1

    theirs = backend.search(query, rides).annotate_score("score")
    assert [pk for pk, *_ in hits] == [page.pk for page in theirs[:20]]
    assert [round(score, 6) for *_, score in hits] == [round(page.score, 6) for page in theirs[:20]]
    their_groups = theirs.get_queryset().order_by().values(*fields).annotate(n=Count("pk"))
    assert sorted(groups) == sorted(tuple(group.values()) for group in their_groups)
    assert sum(n for *_, n in groups) == 25

    with CaptureQueriesContext(connection) as page_queries:
        html = client.get("/search/", {"q": "Count Coaster", "type": "ride"}).content.decode()
    assert "25 results" in html
    matching = [q for q in page_queries.captured_queries if "ts_rank" in q["sql"]]
    assert len(matching) == 1


@pytest.mark.postgres
def test_suggestions_read_eight_names_and_rank_no_words_when_the_names_fill_the_list(
    client, many_rides
):
    """30 names start with "cou" (25 rides, 5 parks): the header box's suggestions are the
    first eight, A to Z, from one statement that ranks nothing. With fewer names than that,
    a second statement tops them up with modelsearch's word matches."""
    with CaptureQueriesContext(connection) as statements:
        html = client.get("/search/autocomplete/", {"q": "cou"}).content.decode()
    sql = [q["sql"] for q in statements.captured_queries]
    assert len([q for q in sql if "LIKE 'COU%'" in q]) == 1
    assert not [q for q in sql if "ts_rank" in q]
    names = re.findall(r'<a href="/parks/[^"]*">([^<]+?) <span', html)
    assert names == sorted(f"Count Coaster {p}{i}" for p in range(5) for i in range(5))[:8]

    CoasterPageFactory(parent=RidePage.objects.first().get_parent(), title="Old Count Ride")
    with CaptureQueriesContext(connection) as statements:
        words = client.get("/search/autocomplete/", {"q": "count r"}).content.decode()
    assert "Old Count Ride" in words  # no name starts with "count r": a later word does
    ranked = [q["sql"] for q in statements.captured_queries if "ts_rank" in q["sql"]]
    assert len(ranked) == 1


def test_did_you_mean_uses_the_kept_view_restrictions(client, many_rides):
    """A search that finds nothing suggests names without reading the view restrictions
    table again: like every list, it uses the ones kept per content version."""
    client.get("/search/", {"q": "Count Coastr"})
    with CaptureQueriesContext(connection) as again:
        html = client.get("/search/", {"q": "Count Coastr"}).content.decode()
    assert "Did you mean" in html and "Count Coaster" in html
    assert not [q for q in again.captured_queries if "wagtailcore_pageviewrestriction" in q["sql"]]
