"""bench/growth.py: both dataset sizes measured side by side, each endpoint back to back."""

import importlib
import json
from pathlib import Path

import pytest
from django.conf import settings


@pytest.fixture
def growth(monkeypatch):
    """bench/growth.py as `make bench-growth` runs it (bench/ on sys.path)."""
    monkeypatch.syspath_prepend(str(Path(settings.BASE_DIR) / "bench"))
    for name in ("PARKS", "RIDES", "DATABASE_URL", "REDIS_URL", "INDEX_PREFIX"):
        monkeypatch.delenv(f"BENCH_LARGE_{name}", raising=False)
    return importlib.import_module("growth")


def _small(tmp_path):
    return {
        "parks": 1000,
        "rides": 10000,
        "seed": 1,
        "workers": 2,
        "connections": 4,
        "duration": 10,
        "port": 8765,
        "database_url": "postgres://thrillwiki@127.0.0.1:5432/thrillwiki_bench",
        "redis_url": "redis://127.0.0.1:6379/0",
        "command": "make bench-growth",
        "output": tmp_path,
        "index_prefix": "bench_",
        "engine": "opensearch",
        "engine_url": "http://127.0.0.1:9200",
    }


def test_the_large_dataset_is_tenfold_on_its_own_database_port_and_redis(growth, tmp_path):
    large = growth.large_config(_small(tmp_path))
    assert (large["parks"], large["rides"]) == (10000, 100000)
    assert large["database_url"].endswith("/thrillwiki_bench_large")
    assert large["redis_url"] == "redis://127.0.0.1:6379/1"  # nothing kept crosses over
    assert large["port"] == 8767  # 8766 is the small server's media port
    assert large["index_prefix"] == "benchlarge_"  # its own engine index beside bench_*


def test_each_endpoint_is_driven_on_both_servers_back_to_back_in_alternating_order(growth):
    small, large = {"rides": 10000}, {"rides": 100000}
    pairs = growth.paired(
        [{"name": "home"}, {"name": "geojson download (1000 parks)"}, {"name": "static file"}],
        [{"name": "static file"}, {"name": "geojson download (10000 parks)"}, {"name": "home"}],
    )
    order = [(cfg["rides"], e["name"]) for cfg, e in growth.turns(pairs, small, large)]
    assert order == [
        (10000, "home"),
        (100000, "home"),
        (100000, "geojson download (10000 parks)"),
        (10000, "geojson download (1000 parks)"),
        (10000, "static file"),
        (100000, "static file"),
    ]


def test_each_pair_is_driven_in_rounds_whose_order_alternates(growth):
    """A burst of the machine's other work should weigh on both sizes: each pair is driven
    in rounds, small-large then large-small, and the next pair starts the other way."""
    small, large = {"rides": 10000}, {"rides": 100000}
    pairs = growth.paired(
        [{"name": "home"}, {"name": "ride page"}], [{"name": "home"}, {"name": "ride page"}]
    )
    order = [(cfg["rides"], e["name"]) for cfg, e in growth.turns(pairs, small, large, rounds=3)]
    home = [rides for rides, name in order if name == "home"]
    ride = [rides for rides, name in order if name == "ride page"]
    assert order[:6] == [(rides, "home") for rides in home]  # a pair's rounds together
    assert home == [10000, 100000, 100000, 10000, 10000, 100000]
    assert ride == [100000, 10000, 10000, 100000, 100000, 10000]


def test_each_side_keeps_its_median_round_and_shows_every_round(growth, tmp_path):
    """One disturbed round does not decide a row: its p95 is the median round's."""
    rounds = [
        {"p95": 30.0, "requests": 90},
        {"p95": 12.0, "requests": 300},
        {"p95": 14.0, "requests": 280},
    ]
    result = growth.median_round(rounds)
    assert (result["p95"], result["requests"]) == (14.0, 280)
    assert result["rounds_p95"] == [30.0, 12.0, 14.0]
    small = _small(tmp_path)
    pair = (
        {"name": "home", "queries": 0, "result": result},
        {"name": "home", "queries": 0, "result": growth.median_round([{"p95": 15.0}] * 3)},
    )
    path = growth.write_results(
        small, growth.large_config(small), [("off", [pair])], ((1,) * 3, (1,) * 3), 0
    )
    text = path.read_text()
    assert "| off | home | 14.0 | 15.0 | 1.07× | 0 → 0 | yes |" in text
    assert "| off | home | 30.0, 12.0, 14.0 | 15.0, 15.0, 15.0 |" in text
    assert json.loads(path.with_suffix(".small.json").read_text())["runs"][0]["endpoints"][0][
        "rounds_p95"
    ] == [30.0, 12.0, 14.0]


def test_the_results_hold_both_runs_and_the_numbers_compare_reads(growth, tmp_path):
    small = _small(tmp_path)
    large = growth.large_config(small)
    database = [
        (
            {"name": "park page", "queries": 0, "result": {"p95": 10.0}},
            {"name": "park page", "queries": 0, "result": {"p95": 11.0}},
        ),
        (
            {"name": "search 'water park'", "queries": 6, "result": {"p95": 100.0}},
            {"name": "search 'water park'", "queries": 6, "result": {"p95": 700.0}},
        ),
    ]
    engine = [
        (
            {
                "name": "search 'water park'",
                "queries": 2,
                "engine_requests": 1,
                "result": {"p95": 20.0},
            },
            {
                "name": "search 'water park'",
                "queries": 2,
                "engine_requests": 1,
                "result": {"p95": 22.0},
            },
        ),
    ]
    runs = [("off", database), ("engine", engine)]
    path = growth.write_results(small, large, runs, ((1.0, 1.0, 1.0), (2.0, 2.0, 2.0)), 0)
    text = path.read_text()
    assert "| off | park page | 10.0 | 11.0 | 1.10× | 0 → 0 | yes |" in text
    assert "| off | search 'water park' | 100.0 | 700.0 | 7.00× | 6 → 6 | no |" in text
    assert (
        "| engine | search 'water park' | 20.0 | 22.0 | 1.10× | 2 → 2; engine 1 → 1 | yes |" in text
    )
    assert "search on opensearch at http://127.0.0.1:9200, one index per dataset" in text
    large_numbers = json.loads(path.with_suffix(".large.json").read_text())
    assert large_numbers["rides"] == 100000
    assert large_numbers["runs"][0]["endpoints"][1]["p95"] == 700.0
    assert large_numbers["runs"][1]["mode"] == "engine"
