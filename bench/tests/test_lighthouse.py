"""Lighthouse in the benchmark (bench/lighthouse.py): what a reader's browser feels."""

import pytest

from bench import lighthouse
from parks.factories import ParkPageFactory
from rides.factories import RidePageFactory


@pytest.fixture
def park_with_ride(park_index):
    park = ParkPageFactory(parent=park_index, title="Lighthouse Point")
    ride = RidePageFactory(parent=park, title="Beacon Coaster")
    return park, ride


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_site_s_sitemap_names_a_park_and_a_ride_page_and_lighthouse_scores_one(
    live_server, park_with_ride, monkeypatch
):
    park, ride = park_with_ride
    pages = lighthouse.sitemap_pages(live_server.url)
    assert pages == {"home": "/", "park page": park.url, "ride page": ride.url}

    monkeypatch.setenv("CHROME_PATH", "/usr/bin/chromium")
    info = lighthouse.audit_pages(live_server.url, {"ride page": ride.url}, log=lambda _: None)
    [audit] = info["pages"]
    assert audit["error"] is None
    assert set(audit["scores"]) == set(lighthouse.CATEGORIES)
    assert all(0 <= score <= 100 for score in audit["scores"].values())
    assert audit["lcp_ms"] > 0 and audit["total_bytes"] > 0
    table = lighthouse.markdown(info)
    assert table[0].startswith("| page | performance | accessibility | best practices | SEO")
    assert table[2].startswith(f"| ride page `{ride.url}` | {audit['scores']['performance']} |")


def test_without_chromium_the_audit_says_why_and_the_benchmark_goes_on(monkeypatch):
    monkeypatch.setenv("CHROME_PATH", "/nonexistent/chromium")
    said = []
    info = lighthouse.audit_pages("http://127.0.0.1:9", {"home": "/"}, log=said.append)
    reason = "Chromium is not installed at /nonexistent/chromium (set CHROME_PATH)"
    assert info == {"skipped": reason}
    assert said == [f"Lighthouse skipped: {reason}"]
    assert lighthouse.markdown(info) == [f"Not run: {info['skipped']}."]


def test_a_report_is_summarised_as_scores_out_of_100_lcp_and_bytes():
    report = {
        "categories": {
            "performance": {"score": 0.93},
            "accessibility": {"score": 1},
            "best-practices": {"score": 0.96},
            "seo": {"score": None},
        },
        "audits": {
            "largest-contentful-paint": {"numericValue": 2150.5},
            "total-byte-weight": {"numericValue": 81920},
        },
    }
    summary = lighthouse.summarise(report)
    assert summary == {
        "scores": {"performance": 93, "accessibility": 100, "best-practices": 96, "seo": None},
        "lcp_ms": 2150.5,
        "total_bytes": 81920.0,
        "error": None,
    }
    info = {"pages": [{"name": "home", "path": "/", **summary}], "version": "13.5.0"}
    assert lighthouse.markdown(info)[2] == "| home `/` | 93 | 100 | 96 | – | 2.15 s | 80 KiB |"
    failed = {"pages": [{"name": "home", "path": "/", "error": "timed out"}], "version": "x"}
    assert lighthouse.markdown(failed)[2] == "| home `/` | failed: timed out | – | – | – | – | – |"
