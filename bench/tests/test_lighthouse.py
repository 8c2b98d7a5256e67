"""Lighthouse in the benchmark (bench/lighthouse.py): what a reader's browser feels."""

import json
import sys

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
    assert audit["error"] is None and 1 <= audit["attempts"] <= lighthouse.ATTEMPTS
    assert set(audit["scores"]) == set(lighthouse.CATEGORIES)
    assert all(0 <= score <= 100 for score in audit["scores"].values())
    assert audit["lcp_ms"] > 0 and audit["total_bytes"] > 0
    table = lighthouse.markdown(info)
    assert table[0].startswith("| page | performance | accessibility | best practices | SEO")
    assert table[0].endswith("| total bytes | runs |")
    assert table[2].startswith(f"| ride page `{ride.url}` | {audit['scores']['performance']} |")
    assert table[2].endswith(f" | {audit['attempts']} |")


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
    info = {"pages": [{"name": "home", "path": "/", **summary, "attempts": 2}], "version": "13.5"}
    assert lighthouse.markdown(info)[2] == "| home `/` | 93 | 100 | 96 | – | 2.15 s | 80 KiB | 2 |"
    failed = {"pages": [{"name": "home", "path": "/", "error": "timed out"}], "version": "x"}
    # A results file from before retries: each page ran once.
    assert lighthouse.markdown(failed)[2] == (
        "| home `/` | failed: timed out | – | – | – | – | – | 1 |"
    )


TRACE_LOST = (
    "Something went wrong with recording the trace over your page load. Please run Lighthouse "
    "again. (NO_NAVSTART)"
)
NO_NAVSTART = f"Runtime error encountered: {TRACE_LOST}"
REPORT = {
    "categories": {name: {"score": 1} for name in lighthouse.CATEGORIES},
    "audits": {
        "largest-contentful-paint": {"numericValue": 1200.0},
        "total-byte-weight": {"numericValue": 40960},
    },
}
# Stands in for the Lighthouse CLI: notes each run's URL, fails the first `failures` runs (with
# `message` on stderr and exit code 1, or with a JSON report holding a runtime error, as
# Lighthouse does), then prints a good report.
FAKE_LIGHTHOUSE = """\
import json, pathlib, sys
here = pathlib.Path(__file__).parent
config = json.loads((here / "config.json").read_text())
with (here / "runs").open("a") as runs:
    runs.write(sys.argv[1] + "\\n")
if len((here / "runs").read_text().splitlines()) > config["failures"]:
    print(json.dumps(config["report"]))
elif config["how"] == "report":
    print(json.dumps({"runtimeError": {"code": "NO_NAVSTART", "message": config["trace_lost"]}}))
    sys.exit(1)
else:
    print(config["message"], file=sys.stderr)
    sys.exit(1)
"""


@pytest.fixture
def flaky_lighthouse(tmp_path, monkeypatch):
    """Lighthouse replaced by FAKE_LIGHTHOUSE; returns a function that sets how it fails and
    gives the file its runs are noted in. Chromium cannot be made to lose a trace on demand."""

    def install(failures, how="stderr", message=NO_NAVSTART):
        config = {"failures": failures, "how": how, "message": message, "report": REPORT}
        (tmp_path / "config.json").write_text(json.dumps({**config, "trace_lost": TRACE_LOST}))
        script = tmp_path / "lighthouse"
        script.write_text(f"#!{sys.executable}\n{FAKE_LIGHTHOUSE}")
        script.chmod(0o755)
        monkeypatch.setattr(lighthouse, "LIGHTHOUSE", script)
        return tmp_path / "runs"

    return install


@pytest.mark.parametrize("how", ["stderr", "report"])
def test_a_page_whose_trace_was_not_recorded_is_run_again(flaky_lighthouse, how):
    runs = flaky_lighthouse(failures=1, how=how)
    result = lighthouse.audit("http://127.0.0.1:9/parks/x/")
    assert result["attempts"] == 2 and result["error"] is None
    assert result["scores"] == dict.fromkeys(lighthouse.CATEGORIES, 100)
    assert runs.read_text().splitlines() == ["http://127.0.0.1:9/parks/x/"] * 2
    info = {"pages": [{"name": "park page", "path": "/parks/x/", **result}], "version": "13.5"}
    assert lighthouse.markdown(info)[2].endswith("| 100 | 1.20 s | 40 KiB | 2 |")


def test_a_page_that_keeps_failing_is_reported_after_three_runs(flaky_lighthouse):
    runs = flaky_lighthouse(failures=10)
    result = lighthouse.audit("http://127.0.0.1:9/")
    assert result == {"error": f"Lighthouse exited with 1: {NO_NAVSTART}", "attempts": 3}
    assert len(runs.read_text().splitlines()) == lighthouse.ATTEMPTS == 3
    info = {"pages": [{"name": "home", "path": "/", **result}], "version": "13.5"}
    assert lighthouse.markdown(info)[2] == (
        f"| home `/` | failed: Lighthouse exited with 1: {NO_NAVSTART} | – | – | – | – | – | 3 |"
    )


@pytest.mark.parametrize(
    "message",
    [
        "Unable to connect to Chrome",
        "Runtime error encountered: Chrome prevented page load with an interstitial. Make sure "
        "you are testing the correct URL and that the server is properly responding to all "
        "requests.",
    ],
)
def test_a_failure_other_than_a_lost_trace_is_not_run_again(flaky_lighthouse, message):
    """A Chromium that would not start, or a server that is down (the interstitial), fails the
    same way on a second run, only later."""
    runs = flaky_lighthouse(failures=10, message=message)
    result = lighthouse.audit("http://127.0.0.1:9/")
    assert result == {"error": f"Lighthouse exited with 1: {message}", "attempts": 1}
    assert len(runs.read_text().splitlines()) == 1


def test_a_lighthouse_that_cannot_start_is_not_run_again(tmp_path, monkeypatch):
    monkeypatch.setattr(lighthouse, "LIGHTHOUSE", tmp_path / "missing" / "lighthouse")
    result = lighthouse.audit("http://127.0.0.1:9/")
    assert result["attempts"] == 1
    assert result["error"].startswith("Lighthouse could not be started: ")
