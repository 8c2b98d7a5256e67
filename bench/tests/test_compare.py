"""bench/compare.py: issue 19's growth rule between the results of two dataset sizes."""

import json

from bench import compare


def _numbers(rides, **endpoints):
    return {
        "parks": rides // 10,
        "rides": rides,
        "command": "make bench",
        "runs": [
            {
                "mode": "off",
                "endpoints": [
                    {"name": name, "p95": p95, "queries": queries}
                    for name, (p95, queries) in endpoints.items()
                ],
            },
            {"mode": "on", "endpoints": [{"name": "home", "p95": 99.0, "queries": 0}]},
        ],
    }


def test_a_page_that_stays_flat_meets_the_rule_and_one_that_grows_does_not(tmp_path):
    small = _numbers(10_000, home=(40.0, 12), **{"ride page": (30.0, 16)})
    large = _numbers(100_000, home=(49.0, 12), **{"ride page": (30.0, 17)})
    lines, met = compare.growth_table(small, large)
    assert "| off | home | 40.0 | 49.0 | 1.23× | 12 → 12 | yes |" in lines
    assert "| off | ride page | 30.0 | 30.0 | 1.00× | 16 → 17 | no |" in lines
    assert not met
    assert not any(line.startswith("| on |") for line in lines)  # cached runs are not compared

    paths = []
    for name, numbers in (("small", small), ("flat", _numbers(100_000, home=(50.0, 12)))):
        paths.append(tmp_path / f"{name}.json")
        paths[-1].write_text(json.dumps(numbers))
    assert compare.main([str(p) for p in paths]) == 0


def test_the_map_is_compared_whatever_number_of_parks_its_name_carries():
    small = _numbers(10_000, **{"map geojson (1000 parks)": (20.0, 2)})
    large = _numbers(100_000, **{"map geojson (10000 parks)": (60.0, 2)})
    lines, met = compare.growth_table(small, large)
    assert "| off | map geojson (1000 parks) | 20.0 | 60.0 | 3.00× | 2 → 2 | no |" in lines
    assert not met


def test_the_full_geojson_download_is_shown_but_not_held_to_the_growth_rule():
    """Every park's marker grows with the parks by design; the map's own view is held."""
    small = _numbers(
        10_000, **{"geojson download (1000 parks)": (20.0, 2), "map geojson": (5.0, 1)}
    )
    large = _numbers(
        100_000, **{"geojson download (10000 parks)": (60.0, 2), "map geojson": (5.5, 1)}
    )
    lines, met = compare.growth_table(small, large)
    assert (
        "| off | geojson download (1000 parks) | 20.0 | 60.0 | 3.00× | 2 → 2 | n/a (a download) |"
        in lines
    )
    assert "| off | map geojson | 5.0 | 5.5 | 1.10× | 1 → 1 | yes |" in lines
    assert met


def test_an_engine_search_that_sends_more_requests_at_the_larger_size_breaks_the_rule():
    """The engine run is held to its request count as the database runs are to queries."""

    def engine_run(rides, requests):
        search = {"name": "search 'thunder'", "p95": 30.0, "queries": 2}
        return {
            "parks": rides // 10,
            "rides": rides,
            "command": "make bench-growth",
            "runs": [{"mode": "engine", "endpoints": [{**search, "engine_requests": requests}]}],
        }

    lines, met = compare.growth_table(engine_run(10_000, 1), engine_run(100_000, 1))
    assert (
        "| engine | search 'thunder' | 30.0 | 30.0 | 1.00× | 2 → 2; engine 1 → 1 | yes |" in lines
    )
    assert met
    lines, met = compare.growth_table(engine_run(10_000, 1), engine_run(100_000, 2))
    assert "| engine | search 'thunder' | 30.0 | 30.0 | 1.00× | 2 → 2; engine 1 → 2 | no |" in lines
    assert not met
