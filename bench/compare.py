"""Growth between two benchmark runs: `python bench/compare.py SMALL.json LARGE.json`.

Reads the numbers `make bench` writes beside each results file and prints, per endpoint of the
uncached run (and of the engine run), the p95 at both sizes, their ratio and the queries per
request at both sizes, against issue 19's growth rule: p95 within GROWTH of the smaller run's,
the same number of queries (and of engine requests, where both runs counted them). Exits 1
when a row breaks the rule. The endpoint names that carry a size ("geojson download (1000
parks)", and "map geojson (1000 parks)" in runs before the map loaded by view) are compared by
what comes before the bracket.
"""

import json
import sys
from pathlib import Path

GROWTH = 1.25
# Rows measured and shown but outside the rule: the full GeoJSON is a download of every park,
# which no reader of /map/ waits on (the map asks for its view), so it grows with the parks.
DOWNLOADS = ("geojson download",)
MODES = ("off", "engine")


def endpoint_key(name):
    return name.split(" (")[0] if name.startswith(("map geojson", "geojson download")) else name


def rows(small, large):
    """(mode, name, small endpoint, large endpoint) for every endpoint both runs measured."""
    large_runs = {run["mode"]: run for run in large["runs"]}
    for run in small["runs"]:
        if run["mode"] not in MODES or run["mode"] not in large_runs:
            continue
        others = {endpoint_key(e["name"]): e for e in large_runs[run["mode"]]["endpoints"]}
        for endpoint in run["endpoints"]:
            other = others.get(endpoint_key(endpoint["name"]))
            if other is not None:
                yield run["mode"], endpoint["name"], endpoint, other


def growth_table(small, large):
    """Markdown lines and whether every row meets the growth rule."""
    lines = [
        f"Growth from {small['rides']:,} to {large['rides']:,} rides (rule: p95 ≤ {GROWTH}×, "
        "same queries)",
        "",
        "| run | endpoint | p95 small ms | p95 large ms | ratio | queries small → large | met |",
        "|---|---|---:|---:|---:|---|---|",
    ]
    all_met = True
    for mode, name, a, b in rows(small, large):
        ratio = b["p95"] / a["p95"] if a["p95"] else float("inf")
        requests = _requests(a, b)
        met = ratio <= GROWTH and a["queries"] == b["queries"] and requests[0] == requests[1]
        download = name.startswith(DOWNLOADS)
        all_met &= met or download
        verdict = "n/a (a download)" if download else ("yes" if met else "no")
        engine = "" if requests[0] is None else f"; engine {requests[0]} → {requests[1]}"
        lines.append(
            f"| {mode} | {name} | {a['p95']:.1f} | {b['p95']:.1f} | {ratio:.2f}× "
            f"| {a['queries']} → {b['queries']}{engine} | {verdict} |"
        )
    return lines, all_met


def _requests(a, b):
    """The engine requests per request at both sizes, or (None, None) where either run did
    not count them (the database runs; results files written before they were recorded)."""
    pair = (a.get("engine_requests"), b.get("engine_requests"))
    return (None, None) if None in pair else pair


def main(argv=None):
    small_path, large_path = (argv or sys.argv[1:])[:2]
    small, large = (json.loads(Path(p).read_text()) for p in (small_path, large_path))
    lines, all_met = growth_table(small, large)
    print("\n".join(lines))
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
