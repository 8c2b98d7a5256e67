"""The real engine's index follows what readers may see: publishing, unpublishing, deleting,
drafts, private pages, a renamed park, an atomic `update_index`, and an engine that stops or
hangs (the database answers within the search's time budget)."""

import logging
import socket
import threading
import time

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import PageViewRestriction

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory
from search.tests.conftest import engine_backends
from search.tests.tcp_relay import TcpRelay

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


def found(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    outcome = response.context["outcome"]
    return outcome.backend, [page.title for page in response.context["page_obj"].object_list]


@pytest.fixture
def cedar(engine, park_index):
    park = ParkPageFactory(parent=park_index, title="Cedar Point", city="Sandusky")
    CoasterPageFactory(parent=park, title="Millennium Force")
    engine.refresh()
    return park


def test_publishing_makes_a_page_findable(client, engine, cedar):
    ride = CoasterPageFactory(parent=cedar, title="Top Thrill Dragster", live=False)
    engine.refresh()
    assert "Top Thrill Dragster" not in found(client, "Dragster")[1]
    ride.save_revision().publish()
    engine.refresh()
    assert found(client, "Dragster") == ("default", ["Top Thrill Dragster"])


def test_unpublishing_and_deleting_remove_pages(client, engine, cedar):
    ride = CoasterPageFactory(parent=cedar, title="Magnum XL-200")
    engine.refresh()
    assert found(client, "Magnum") == ("default", ["Magnum XL-200"])
    ride.unpublish()
    engine.refresh()
    assert found(client, "Magnum") == ("default", [])
    cedar.delete()
    engine.refresh()
    assert found(client, "Millennium") == ("default", [])
    assert found(client, "Cedar") == ("default", [])


def test_a_draft_edit_or_a_private_page_is_never_returned(client, engine, cedar):
    ride = CoasterPageFactory(parent=cedar, title="Gemini")
    ride.title = "Gemini Unreleased Draft Name"
    ride.save_revision()  # saved for review, not published
    secret = ParkPageFactory(parent=cedar.get_parent(), title="Cedar Secret Preview")
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    engine.refresh()
    assert found(client, "Unreleased") == ("default", [])
    assert found(client, "Gemini") == ("default", ["Gemini"])
    assert "Cedar Secret Preview" not in found(client, "Cedar")[1]
    autocomplete = client.get("/search/autocomplete/", {"q": "Cedar Sec"}).content.decode()
    assert "Cedar Secret Preview" not in autocomplete


def test_renaming_a_park_updates_its_rides(client, engine, park_index):
    park = ParkPageFactory(parent=park_index, title="Geauga Lake", city="Aurora")
    CoasterPageFactory(parent=park, title="Big Dipper")
    engine.refresh()
    park.title = "Six Flags Worlds of Adventure"
    park.save_revision().publish()
    engine.refresh()
    backend, titles = found(client, "Worlds of Adventure")
    assert backend == "default" and "Big Dipper" in titles
    assert "Big Dipper" not in found(client, "Geauga")[1]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_update_index_rebuilds_behind_the_alias_while_searches_answer(client, engine, cedar):
    alias = "wagtailcore_page"
    before = engine.aliased_indices(alias)
    rebuild = threading.Thread(target=run_update_index)
    answers = []
    rebuild.start()
    while rebuild.is_alive() or not answers:
        answers.append(found(client, "Millennium"))
    rebuild.join()
    assert [a for a in answers if a != ("default", ["Millennium Force"])] == []
    after = engine.aliased_indices(alias)
    assert len(after) == 1 and after != before  # a new index, the old one dropped
    assert not engine.backend.es.indices.exists(index=before[0])
    assert found(client, "Millennium") == ("default", ["Millennium Force"])


def run_update_index():
    """update_index in its own thread, one document per request so the rebuild takes a while."""
    try:
        call_command("update_index", backend_name="default", chunk_size=1, verbosity=0)
    finally:
        connection.close()


def assert_database_answers_in_time(client, caplog, budget):
    with caplog.at_level(logging.ERROR, logger="thrillwiki.search"):
        started = time.monotonic()
        backend, titles = found(client, "Millennium")
        elapsed = time.monotonic() - started
    assert (backend, titles) == ("fallback", ["Millennium Force"])
    assert "Elasticsearch search failed" in caplog.text
    assert elapsed < budget + 1  # the budget, plus the database's own answer
    return elapsed


def test_an_engine_that_stops_mid_test_falls_back_to_the_database(
    client, engine, cedar, settings, caplog
):
    relay = TcpRelay(engine.url)  # the real engine, reached through a relay this test stops
    settings.WAGTAILSEARCH_BACKENDS = engine_backends(relay.url, engine.prefix, engine.name)
    try:
        assert found(client, "Millennium") == ("default", ["Millennium Force"])
    finally:
        relay.stop()
    assert_database_answers_in_time(client, caplog, 1.5)
    assert "ConnectionError" in caplog.text


def test_a_listener_that_never_answers_falls_back_within_the_budget(
    client, engine, cedar, settings, caplog
):
    settings.SEARCH_TIME_BUDGET = 0.5
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # connections are accepted by the kernel; nothing ever answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        # The client's own timeout is long: only the search's time budget can end the wait.
        settings.WAGTAILSEARCH_BACKENDS = engine_backends(url, engine.prefix, engine.name, 30)
        elapsed = assert_database_answers_in_time(client, caplog, 0.5)
    assert elapsed >= 0.5
