"""The Django side of `make bench` (bench/prepass.py) against a generated dataset."""

import importlib
import importlib.util
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from parks.factories import ParkPageFactory

pytestmark = pytest.mark.django_db


def _prepass():
    path = Path(settings.BASE_DIR) / "bench" / "prepass.py"
    spec = importlib.util.spec_from_file_location("bench_prepass", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_prepass_recognises_the_dataset_and_counts_queries_of_every_endpoint():
    prepass = _prepass()
    call_command("generate_data", parks=3, rides=50, seed=1, images=2)
    assert prepass.dataset(3, 50, 1, 2)["matches"] is True
    assert prepass.dataset(3, 51, 1, 2)["matches"] is False
    assert prepass.dataset(3, 50, 2, 2)["matches"] is False

    info = prepass.endpoints()
    endpoints = {e["name"]: e for e in info["endpoints"]}
    assert len([name for name in endpoints if name.startswith("search '")]) == 5
    for name, endpoint in endpoints.items():
        assert endpoint["status"] == 200, (name, endpoint["status"])
        assert endpoint["bytes"] > 0
    assert endpoints["static file"]["queries"] == 0
    # home, the park and ride pages and the park lists may ask nothing once warm (routes,
    # restrictions and their bodies are kept per content version); the company page and a
    # ride's history always read some rows, and the prepass counts them
    assert all(
        endpoints[name]["queries"] > 0 for name in ("company page (most rides)", "ride history")
    )
    park = endpoints["park page (40 rides)"]
    assert park["path"].startswith("/parks/")
    assert endpoints["parks htmx partial"]["headers"]["HX-Target"] == "park-results"
    assert info["page_cache_supported"] == hasattr(settings, "PAGE_CACHE_SECONDS")

    # A database whose image originals are missing from the media folder is not reusable.
    image = get_image_model().objects.first()
    image.file.storage.delete(image.file.name)
    assert prepass.dataset(3, 50, 1, 2) == {
        "parks": 3,
        "rides": 50,
        "missing_originals": 1,
        "matches": False,
    }


def _report(monkeypatch):
    """bench/report.py as bench/run.py imports it (bench/ on sys.path)."""
    monkeypatch.syspath_prepend(str(Path(settings.BASE_DIR) / "bench"))
    return importlib.import_module("report")


@pytest.mark.postgres
def test_the_slowest_queries_of_a_page_come_with_their_plans(client, park_index):
    prepass = _prepass()
    park = ParkPageFactory(parent=park_index, title="Plan Park")
    history = park.url + "history/"
    client.get(history)  # a page's history reads its revisions even when warm
    with CaptureQueriesContext(connection) as queries:
        client.get(history)
    slowest_only = prepass.explain(queries.captured_queries, threshold_ms=10_000)
    assert len(slowest_only) == 1
    [plan] = slowest_only
    assert plan["sql"].lstrip().upper().startswith(("SELECT", "WITH"))
    assert "Execution Time:" in plan["plan"] and plan["ms"] > 0
    every_one = prepass.explain(queries.captured_queries, threshold_ms=0)
    assert [p["ms"] for p in every_one] == sorted((p["ms"] for p in every_one), reverse=True)
    assert len(every_one) == len(
        {q["sql"] for q in queries.captured_queries if q["sql"].upper().startswith("SELECT")}
    )


def test_the_results_file_shows_each_endpoint_s_slowest_plan(monkeypatch):
    report = _report(monkeypatch)
    plan = {"sql": "SELECT 1", "ms": 12.5, "plan": "Result\nExecution Time: 12.500 ms"}
    run = {
        "endpoints": [
            {"name": "home", "path": "/", "queries": 9, "plans": [plan]},
            {"name": "static file", "path": "/static/x.css", "queries": 0, "plans": []},
        ]
    }
    lines = report.query_plans(run)
    assert "| home | 9 | 12.50 | 1 |" in lines
    assert "### home `/`" in lines and "SELECT 1" in lines and plan["plan"] in lines
    assert not any("static file" in line for line in lines)
    assert report.query_plans({"endpoints": [{"name": "home", "plans": None}]}) == []
