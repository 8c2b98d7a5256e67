"""The real search engine for the `elasticsearch` suites (started by `make services`).

Settings pin tests to the database backend; a test that takes the `engine` fixture searches
the node at ELASTICSEARCH_URL instead, with the database backend kept in step as the fallback,
exactly as in production. Each test module gets indexes of its own (a unique prefix under
ELASTICSEARCH_INDEX_PREFIX), created once and deleted after the module; each test starts
with them empty, so nothing one test indexed can answer another's search.
"""

import os
import uuid

import pytest
from django.core.management import call_command
from django.test import override_settings

from search import engine as search_engine
from search.backends import DATABASE_BACKEND, elasticsearch_settings


class Engine:
    """The test's engine backend, plus what tests need around it: refresh and a request count."""

    def __init__(self, url, prefix, name):
        self.url = url
        self.prefix = prefix
        self.name = name
        self.requests = []
        self.backend = search_engine.get_backend("default")  # the one searches use

    def refresh(self):
        """Make every write searchable now rather than after the engine's refresh interval."""
        self.backend.es.indices.refresh(index=f"{self.prefix}*")

    def count_requests(self, monkeypatch):
        """Record every HTTP request the search client really sends (method, path)."""
        transport = self.backend.es.transport
        perform = transport.perform_request

        def counting(method, url, *args, **kwargs):
            self.requests.append((method, url))
            return perform(method, url, *args, **kwargs)

        monkeypatch.setattr(transport, "perform_request", counting)

    def aliased_indices(self, alias):
        return sorted(self.backend.es.indices.get_alias(name=f"{self.prefix}{alias}"))

    def empty(self):
        """Delete every document (the integration-test node has no _delete_by_query module)."""
        es = self.backend.es
        es.indices.refresh(index=f"{self.prefix}*")
        found = es.search(index=f"{self.prefix}*", body={"size": 10_000, "_source": False})
        actions = [
            {"delete": {"_index": hit["_index"], "_id": hit["_id"]}}
            for hit in found["hits"]["hits"]
        ]
        if actions:
            es.bulk(body=actions, refresh=True)

    def drop(self):
        self.backend.es.indices.delete(index=f"{self.prefix}*")


def engine_backends(url, prefix, name, timeout=5):
    return {
        "default": elasticsearch_settings(url, prefix, timeout=timeout, max_retries=0, engine=name),
        "fallback": DATABASE_BACKEND,
    }


@pytest.fixture(scope="module")
def engine_indexes():
    """This module's empty indexes on the engine: (settings of both backends, Engine)."""
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:  # the test is skipped or failed by its marker (see the root conftest.py)
        pytest.skip("ELASTICSEARCH_URL is not set")
    prefix = f"{os.environ.get('ELASTICSEARCH_INDEX_PREFIX', 'test_')}{uuid.uuid4().hex[:10]}_"
    name = os.environ.get("SEARCH_ENGINE", "opensearch")
    backends = engine_backends(url, prefix, name)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        call_command("update_index", backend_name="default", schema_only=True, verbosity=0)
        module_engine = Engine(url, prefix, name)
    yield backends, module_engine
    module_engine.drop()


@pytest.fixture
def engine(engine_indexes, settings, db):
    """The real engine as the default backend, its indexes emptied for this test."""
    backends, test_engine = engine_indexes
    settings.WAGTAILSEARCH_BACKENDS = backends
    test_engine.backend = search_engine.get_backend("default")
    test_engine.requests = []
    test_engine.empty()
    return test_engine
