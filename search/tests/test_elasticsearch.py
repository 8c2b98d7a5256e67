"""The Elasticsearch 8 wire contract, against a recording HTTP server standing in for ES.

CI runs the real engine as OpenSearch (test_engine_*.py; docs/search.md says why), so the
Elasticsearch 8 backend is held to its side of the wire here: pytest-httpserver answers like
Elasticsearch 8 (including the `X-Elastic-Product: Elasticsearch` header the official client
checks on every response) and records each request, and the tests assert what the
elasticsearch8 backend, configured by search/backends.py, sends: the index settings and
mapping, documents on publish, deletes on unpublish and delete, the one `_msearch` of a search
with its filters and aggregations. They also make the server fail (HTTP 500), refuse the
connection and hang, and check that readers get database results and the outage is logged.
Client timeouts are shortened so the hang tests take well under a second each.
"""

import io
import json
import logging
import re
import socket
import threading
import time

import pytest
from django.core.management import call_command
from werkzeug import Response

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory
from search.backends import DATABASE_BACKEND, elasticsearch_settings

pytestmark = pytest.mark.django_db

INDEX = "thrillwiki_wagtailcore_page"
SHORT_TIMEOUT = 0.3
ES_HEADERS = {"X-Elastic-Product": "Elasticsearch", "Content-Type": "application/json"}


class RecordingElasticsearch:
    """Answers the requests Wagtail's backend makes with minimal Elasticsearch 8 responses,
    and remembers each one. `mode` makes it fail: "error" (HTTP 500) or "hang"."""

    def __init__(self, httpserver):
        self.httpserver = httpserver
        self.requests = []
        self.mode = "ok"
        self.hits = []  # page ids the next searches return
        self.documents = {}  # page id -> (page type, title, opening date), see return_pages
        self.released = threading.Event()
        httpserver.expect_request(re.compile(".*")).respond_with_handler(self.handle)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.httpserver.port}"

    def handle(self, request):
        body = request.get_data(as_text=True)
        parsed = None
        if body:
            try:
                parsed = json.loads(body)
            except ValueError:
                parsed = [json.loads(line) for line in body.splitlines() if line.strip()]
        self.requests.append((request.method, request.path, parsed))
        if self.mode == "hang":
            self.released.wait(timeout=SHORT_TIMEOUT * 4)
            return Response("{}", status=200, headers=ES_HEADERS)
        if self.mode == "error":
            return self.json({"error": {"type": "cluster_block_exception"}, "status": 500}, 500)
        return self.json(self.answer(request.method, request.path, parsed))

    def answer(self, method, path, body):
        if method == "HEAD":  # "does this exist?": indices do, aliases don't (yet)
            return None if "/_alias" in path else {}
        if path == "/":
            return {"version": {"number": "8.19.3"}, "tagline": "You Know, for Search"}
        if path.endswith("/_bulk"):
            return {"took": 1, "errors": False, "items": []}
        if path.endswith("/_count"):
            return {"count": len(self.hits)}
        if path.endswith("/_search"):
            return self.search_answer(body or {})
        if path.endswith("/_msearch"):  # header and body lines alternate
            return {"took": 1, "responses": [self.search_answer(b) for b in body[1::2]]}
        if "/_alias" in path:
            return {}
        if "/_doc/" in path:
            return {"_id": path.rsplit("/", 1)[1], "result": "updated"}
        return {"acknowledged": True}

    def return_pages(self, *pages):
        """The next searches find these pages, with what their documents hold (read here, in
        the test's transaction, which the server's thread cannot see)."""
        self.hits = [page.pk for page in pages]
        self.documents = {
            page.pk: (page._meta.label, page.title, page.opening_date) for page in pages
        }

    def search_answer(self, body):
        """Each of `self.hits` of the searched page type, with the doc values asked for (the
        title and the opening date, as the index of those pages holds them)."""
        aggregations = {name: {"buckets": []} for name in body.get("aggs", {})}
        wanted = [f if isinstance(f, str) else f["field"] for f in body.get("docvalue_fields", [])]
        searched = re.search(r'"_django_content_type": "([\w.]+)"', json.dumps(body))
        hits = []
        for pk in self.hits:
            label, title, opened = self.documents.get(pk, (None, None, None))
            if searched and label and searched.group(1) not in (label, "wagtailcore.Page"):
                continue
            fields = {"pk": [str(pk)]}
            for name in wanted:
                value = title if name == "title_filter" else opened
                if value is not None:
                    fields[name] = [str(value)]
            hits.append({"_score": 1.0, "fields": fields})
        return {
            "took": 1,
            "hits": {"total": {"value": len(hits), "relation": "eq"}, "hits": hits},
            "aggregations": aggregations,
        }

    def searches(self):
        """The search bodies sent, one per search of each `_msearch` (headers left out)."""
        return [b for m, p, b in self.requests if p == "/_msearch" for b in b[1::2]]

    @staticmethod
    def json(data, status=200):
        if data is None:
            return Response(status=404, headers=ES_HEADERS)
        return Response(json.dumps(data), status=status, headers=ES_HEADERS)

    def matching(self, method, fragment):
        return [(m, p, b) for m, p, b in self.requests if m == method and fragment in p]


def use_elasticsearch(settings, url, timeout=SHORT_TIMEOUT):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": elasticsearch_settings(url, "thrillwiki_", timeout=timeout, max_retries=0),
        "fallback": DATABASE_BACKEND,
    }


@pytest.fixture
def es(httpserver, settings):
    server = RecordingElasticsearch(httpserver)
    use_elasticsearch(settings, server.url)
    yield server
    server.released.set()


@pytest.fixture
def rides(es, park_index):
    cedar = ParkPageFactory(parent=park_index, title="Cedar Point")
    ride = CoasterPageFactory(parent=cedar, title="Millennium Force", former_names="MF")
    es.requests.clear()
    return {"cedar": cedar, "ride": ride}


def test_index_mapping_carries_our_fields_and_analyzers(es, park_index):
    call_command("update_index", backend_name="default", stdout=io.StringIO())
    created = [b for m, p, b in es.requests if m == "PUT" and p.startswith(f"/{INDEX}_")]
    settings_body = next(b for b in created if b and "settings" in b)
    analyzers = settings_body["settings"]["analysis"]["analyzer"]
    assert {"edgengram_analyzer", "ngram_analyzer"} <= set(analyzers)
    mappings = [b["properties"] for m, p, b in es.requests if p.endswith("/_mapping")]
    park = next(m for m in mappings if "parks_parkpage__country_filter" in m)
    ride = next(m for m in mappings if "rides_ridepage__category_filter" in m)
    assert park["parks_parkpage__former_names_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert park["parks_parkpage__operator"]["type"] == "nested"
    assert "name" in park["parks_parkpage__operator"]["properties"]
    for field in ("city", "region", "country_name", "intro", "body"):
        assert park[f"parks_parkpage__{field}"]["type"] == "text"
    for field in ("status", "park_type", "country", "operator_id", "opening_date"):
        assert f"parks_parkpage__{field}_filter" in park
    for field in ("status", "manufacturer_id", "opening_date"):
        assert f"rides_ridepage__{field}_filter" in ride
    for relation in ("manufacturer", "designer", "ride_model"):
        assert ride[f"rides_ridepage__{relation}"]["type"] == "nested"
    assert "_all_text_boost_2_0" in ride  # title and former names are boosted
    # Atomic rebuild: the new index is put behind the alias readers query.
    assert es.matching("PUT", f"/_alias/{INDEX}") or es.matching("PUT", "/_aliases")


def test_publishing_sends_the_document(es, rides):
    ride = rides["ride"]
    ride.title = "Millennium Force II"
    ride.save_revision().publish()
    docs = [b for m, p, b in es.requests if p == f"/{INDEX}/_doc/{ride.pk}" and m == "PUT"]
    assert docs, es.requests
    doc = docs[-1]
    assert doc["title"] == "Millennium Force II"
    assert doc["rides_ridepage__former_names"] == "MF"
    assert doc["rides_ridepage__category_filter"] == "roller_coaster"
    assert doc["rides_ridepage__manufacturer"]["name"] == ride.manufacturer.name
    assert "Cedar Point" in doc["rides_ridepage__park_label"]
    assert doc["live_filter"] is True
    assert "Millennium Force II" in doc["_edgengrams"]


def test_unpublishing_and_deleting_remove_the_document(es, rides):
    ride, cedar = rides["ride"], rides["cedar"]
    ride.unpublish()
    assert es.matching("DELETE", f"/{INDEX}/_doc/{ride.pk}")
    assert not es.matching("PUT", f"/{INDEX}/_doc/{ride.pk}")  # drafts are never sent
    es.requests.clear()
    cedar.delete()
    assert es.matching("DELETE", f"/{INDEX}/_doc/{cedar.pk}")


def test_search_query_carries_the_chosen_filters(client, es, rides):
    es.return_pages(rides["ride"])
    response = client.get(
        "/search/", {"q": "Force", "category": "roller_coaster", "status": "operating"}
    )
    assert response.status_code == 200
    assert response.context["outcome"].backend == "default"
    assert [p.title for p in response.context["page_obj"].object_list] == ["Millennium Force"]
    # One request answers the whole search: parks and rides, hits and every facet count.
    assert [p for m, p, b in es.requests] == ["/_msearch"]
    searches = es.searches()
    # A ranked list is asked in two parts: the rides named by the words, and the others.
    assert [header["index"] for header in es.requests[0][2][::2]] == [INDEX, INDEX]
    named, others = searches
    assert named["query"]["bool"]["filter"] == {
        "match": {"title": {"query": "Force", "operator": "and", "boost": 2.0}}
    }
    assert others["query"]["bool"]["must_not"] == named["query"]["bool"]["filter"]
    assert named["terminate_after"] == others["terminate_after"] == 500
    query = json.dumps(searches[0])
    assert '"Force"' in query
    assert '{"term": {"rides_ridepage__category_filter": "roller_coaster"}}' in query
    assert '{"term": {"rides_ridepage__status_filter": "operating"}}' in query
    assert '{"term": {"live_filter": true}}' in query
    assert '"_django_content_type": "rides.RidePage"' in query
    # Counts come from Elasticsearch aggregations on the same filtered query.
    assert {"category", "manufacturer_id", "status"} == set(searches[0]["aggs"])
    assert searches[0]["track_total_hits"] is True


def test_country_filter_reaches_rides_through_their_park(client, es, rides):
    client.get("/search/", {"q": "Force", "country": "US", "type": "ride"})
    query = json.dumps(es.searches()[0])
    assert f'{{"prefix": {{"path_filter": "{rides["cedar"].path}"}}}}' in query


def test_autocomplete_uses_the_edgengram_field(client, es, rides):
    es.return_pages(rides["ride"])
    html = client.get("/search/autocomplete/", {"q": "Mill"}).content.decode()
    assert "Millennium Force" in html
    assert len(es.requests) == 1
    body = json.dumps(es.searches()[0])
    assert "_edgengrams" in body and '"Mill"' in body


def outage_is_served_from_the_database(client, caplog):
    with caplog.at_level(logging.ERROR, logger="thrillwiki.search"):
        started = time.monotonic()
        response = client.get("/search/", {"q": "Millennium"})
        elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert response.context["outcome"].backend == "fallback"
    assert "Millennium Force" in [p.title for p in response.context["page_obj"].object_list]
    assert "simpler mode" in response.content.decode()
    assert any("Elasticsearch search failed" in r.getMessage() for r in caplog.records)
    return elapsed


def test_server_error_falls_back_to_database_results(client, es, rides, caplog):
    es.mode = "error"
    outage_is_served_from_the_database(client, caplog)


def test_hang_falls_back_within_the_client_timeout(client, es, rides, caplog):
    es.mode = "hang"
    elapsed = outage_is_served_from_the_database(client, caplog)
    assert elapsed < 2  # about one SHORT_TIMEOUT; production's 2 s timeout bounds it the same
    assert "ConnectionTimeout" in caplog.text


def test_refused_connection_falls_back_to_database_results(client, settings, rides, caplog):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once the socket closes
    use_elasticsearch(settings, f"http://127.0.0.1:{port}")
    outage_is_served_from_the_database(client, caplog)
    assert "ConnectionError" in caplog.text


def test_after_an_outage_readers_skip_elasticsearch_for_a_while(client, es, rides, caplog):
    es.mode = "error"
    outage_is_served_from_the_database(client, caplog)
    es.requests.clear()
    es.mode = "ok"
    response = client.get("/search/", {"q": "Millennium"})
    assert response.context["outcome"].backend == "fallback" and not es.requests
    html = client.get("/search/autocomplete/", {"q": "Mill"}).content.decode()
    assert "Millennium Force" in html and not es.requests


def test_publish_is_not_held_up_by_a_hanging_elasticsearch(es, rides, settings, caplog):
    """Production queues index updates for the worker, so a publish only writes a task row;
    the worker's update then gives up after the client timeout and logs it."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    es.mode = "hang"
    ride = rides["ride"]
    ride.title = "Millennium Force (2026)"
    started = time.monotonic()
    ride.save_revision().publish()
    assert time.monotonic() - started < 1
    assert not es.requests  # nothing reached Elasticsearch during the publish

    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.filter(task_path__endswith="insert_or_update_object_task")
    assert queued.exists()
    queued = queued.last()
    # Run the queued task as the worker would (db_worker itself manages database connections,
    # which a test transaction cannot hand over).
    started = time.monotonic()
    with caplog.at_level(logging.ERROR):
        queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])
    assert time.monotonic() - started < SHORT_TIMEOUT * 10
    assert es.requests  # the worker tried, timed out and logged it
    assert "Exception raised while adding" in caplog.text


def test_status_command_reports_backends_and_document_counts(es, rides):
    es.hits = [1, 2]
    out = io.StringIO()
    call_command("search_status", stdout=out)
    report = out.getvalue()
    assert "default: Elasticsearch8SearchBackend" in report
    assert f"{INDEX}: 2 documents" in report
    assert "fallback:" in report and "database index: 4 documents" in report  # 2 pages, 2 companies
    assert report.count("reachable: yes") == 2


def test_status_command_fails_when_elasticsearch_is_down(es, rides):
    from django.core.management.base import CommandError

    es.mode = "error"
    out = io.StringIO()
    with pytest.raises(CommandError, match="default"):
        call_command("search_status", stdout=out)
    assert "reachable: NO" in out.getvalue()
