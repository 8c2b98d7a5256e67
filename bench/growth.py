"""`make bench-growth`: issue 19's growth rule, measured on both datasets in the same minutes.

Two `make bench` runs, one per dataset, are a quarter of an hour apart, and on a shared
machine their speed can differ by 1.5× (docs/benchmark.md, ninth pass): more than the rule's
1.25×. Here two gunicorns (page cache off, search on the database) serve the small and the
large dataset side by side, each with its own Redis database so that nothing one keeps is read
by the other. Each endpoint is driven on one server and then at once on the other, the order
alternating from endpoint to endpoint, so a drift of the machine weighs on both sizes alike.
Each pair is driven in BENCH_GROWTH_ROUNDS rounds of BENCH_GROWTH_ROUND_SECONDS on each server
(the order alternating from round to round too), and each side's p95 is that of its median
round: one round that a burst of the machine's other work lands on no longer decides the row.

With "engine" in BENCH_SEARCH (the default, as in `make bench`), the search endpoints are then
measured the same way with search on the engine: each dataset gets its own index (its own
prefix, BENCH_LARGE_INDEX_PREFIX for the large one) on the same engine node, built and settled
before either server starts, so the two sizes are compared in the same minutes here too.

Writes bench/results/<date>-growth-<small>r-<large>r.md (bench/compare.py's table) and the
two JSON files compare.py reads (`.small.json`, `.large.json`). The datasets are made as
`make bench` makes them (bench/run.py's ensure_dataset); every parameter is a BENCH_*
variable, the large dataset's are BENCH_LARGE_*.
"""

import datetime
import json
import os
import platform
import time
from urllib.parse import urlsplit, urlunsplit

# bench/ is run as a script: its folder is on sys.path.
import run
from compare import endpoint_key, growth_table
from report import git, machine

SIZE_FACTOR = 10
# Rows whose code had not changed moved from 1.06x to 1.52x between two runs of one 10 s turn
# per size (docs/benchmark.md, fifteenth pass): three rounds of 5 s, median kept.
ROUNDS = run.setting("BENCH_GROWTH_ROUNDS", 3)
ROUND_SECONDS = run.setting("BENCH_GROWTH_ROUND_SECONDS", 5)


def large_config(small):
    """The large dataset's settings: BENCH_LARGE_* or, by default, tenfold the small one, on
    its own database, port and Redis database (the small one's number + 1)."""
    redis = urlsplit(small["redis_url"])
    number = int(redis.path.lstrip("/") or 0) + 1
    small_db = urlsplit(small["database_url"])
    large = dict(small)
    large.update(
        parks=run.setting("BENCH_LARGE_PARKS", small["parks"] * SIZE_FACTOR),
        rides=run.setting("BENCH_LARGE_RIDES", small["rides"] * SIZE_FACTOR),
        database_url=run.setting(
            "BENCH_LARGE_DATABASE_URL",
            urlunsplit(small_db._replace(path=small_db.path + "_large")),
        ),
        redis_url=run.setting(
            "BENCH_LARGE_REDIS_URL", urlunsplit(redis._replace(path=f"/{number}"))
        ),
        port=small["port"] + 2,  # port + 1 is the small run's media server (Lighthouse)
        index_prefix=run.setting(
            "BENCH_LARGE_INDEX_PREFIX", small.get("index_prefix", "bench_").rstrip("_") + "large_"
        ),
    )
    return large


def paired(small_endpoints, large_endpoints):
    """(small, large) endpoint pairs, matched by name (compare.py's rule for the names that
    carry a size), in the small run's order; the static file last, as in `make bench`."""
    large = {endpoint_key(e["name"]): e for e in large_endpoints}
    return [
        (endpoint, large[endpoint_key(endpoint["name"])])
        for endpoint in small_endpoints
        if endpoint_key(endpoint["name"]) in large
    ]


def turns(pairs, small, large, rounds=1):
    """(cfg, endpoint) in the order they are driven: each pair `rounds` times on both servers
    back to back, small then large first, and the order alternating from one round to the
    next and from one pair to the next (ABBA), so that a drift of the machine weighs on both."""
    for index, (a, b) in enumerate(pairs):
        both = [(small, a), (large, b)]
        for round_number in range(rounds):
            yield from (both if (index + round_number) % 2 == 0 else reversed(both))


def median_round(results):
    """The wrk result of the round with the median p95 (the upper one of an even count), with
    every round's p95 kept beside it for the results file."""
    ordered = sorted(results, key=lambda result: result["p95"])
    median = dict(ordered[len(ordered) // 2])
    median["rounds_p95"] = [round(result["p95"], 1) for result in results]
    return median


def numbers(cfg, runs, side):
    """The JSON compare.py reads, for one dataset: `runs` is [(mode, pairs)], `side` 0 for the
    small dataset's endpoint of each pair, 1 for the large one's."""
    return {
        "parks": cfg["parks"],
        "rides": cfg["rides"],
        "command": cfg["command"],
        "runs": [
            {
                "mode": mode,
                "endpoints": [
                    {
                        "name": pair[side]["name"],
                        "queries": pair[side]["queries"],
                        "engine_requests": pair[side].get("engine_requests"),
                        "p95": pair[side]["result"]["p95"],
                        "rounds_p95": pair[side]["result"].get("rounds_p95"),
                    }
                    for pair in pairs
                ],
            }
            for mode, pairs in runs
        ],
    }


def write_results(small, large, runs, load, started):
    """The Markdown table (and its two JSON files) of `runs`, [(mode, pairs)]; its path."""
    small_numbers = numbers(small, runs, 0)
    large_numbers = numbers(large, runs, 1)
    table, _ = growth_table(small_numbers, large_numbers)
    engine = any(mode == "engine" for mode, _ in runs)
    now = datetime.datetime.now(datetime.UTC)
    lines = [
        f"# Growth: {small['rides']:,} and {large['rides']:,} rides, side by side",
        "",
        f"- Command: `{small['command']}`",
        f"- Date: {now:%Y-%m-%d %H:%M} UTC (run took {(time.monotonic() - started) / 60:.1f} min)",
        f"- Git commit: `{git('rev-parse', '--short', 'HEAD')}`",
        f"- Machine: {machine()}; Python {platform.python_version()}",
        f"- Datasets: {small['parks']:,} parks / {small['rides']:,} rides and "
        f"{large['parks']:,} parks / {large['rides']:,} rides (`generate_data --seed "
        f"{small['seed']}`), each on its own gunicorn ({small['workers']} sync workers), "
        "production settings, page cache off, search on the database, its own Redis database"
        + (
            f"; then the search endpoints with search on {small['engine']} at "
            f"{small['engine_url']}, one index per dataset (run `engine`)"
            if engine
            else ""
        ),
        f"- Load: wrk, {small['connections']} connections; each endpoint on both servers back "
        f"to back in {ROUNDS} rounds of {ROUND_SECONDS} s, the order alternating from round to "
        "round; each p95 is its median round's (every round's p95 under the table)",
        "- Load average (1/5/15 min) before → after: "
        + ", ".join(f"{a:.2f}→{b:.2f}" for a, b in zip(*load, strict=True)),
        "",
        *table,
        "",
        *rounds_table(runs),
        "",
    ]
    small["output"].mkdir(parents=True, exist_ok=True)
    path = small["output"] / f"{now:%Y-%m-%d-%H%M}-growth-{small['rides']}r-{large['rides']}r.md"
    path.write_text("\n".join(lines))
    path.with_suffix(".small.json").write_text(json.dumps(small_numbers, indent=1))
    path.with_suffix(".large.json").write_text(json.dumps(large_numbers, indent=1))
    return path


def rounds_table(runs):
    """Markdown lines: each endpoint's p95 in every round, small and large, in driving order."""
    lines = ["p95 of each round, ms (small | large)", "", "| run | endpoint | small | large |"]
    lines.append("|---|---|---|---|")
    for mode, pairs in runs:
        for a, b in pairs:
            small, large = (
                ", ".join(f"{p95:.1f}" for p95 in side["result"].get("rounds_p95") or [])
                for side in (a, b)
            )
            lines.append(f"| {mode} | {a['name']} | {small} | {large} |")
    return lines


def side_by_side(small, large, mode):
    """Both gunicorns up (search on the database, or on the engine in mode "engine"), every
    endpoint both serve driven on each in turn; returns (pairs, load average before/after)."""
    engine = mode == "engine"
    args = ("endpoints", "search") if engine else ("endpoints",)
    servers = []
    try:
        for name, cfg in (("small", small), ("large", large)):
            logfile = open(run.WORK / f"gunicorn-growth-{name}-{mode}.log", "w")  # noqa: SIM115
            run.log(f"{mode}, {name}: starting gunicorn on port {cfg['port']}")
            servers.append((run.start_gunicorn(cfg, 0, logfile, engine), logfile))
        lists = [run.prepass(c, *args, engine=engine)["endpoints"] for c in (small, large)]
        pairs = paired(*lists)
        run.log(f"warming up {len(pairs)} endpoints on both servers ({small['warmup']} s each)")
        for cfg, endpoint in turns(pairs, small, large):
            run.wrk(cfg, endpoint, cfg["warmup"], 2, report=False)
        load_before = os.getloadavg()
        rounds = {}
        for cfg, endpoint in turns(pairs, small, large, ROUNDS):
            run.log(f"  {mode}: {endpoint['name']} ({cfg['rides']:,} rides): {ROUND_SECONDS} s")
            result = run.wrk(cfg, endpoint, ROUND_SECONDS, cfg["connections"])
            rounds.setdefault(id(endpoint), []).append(result)
        for pair in pairs:
            for endpoint in pair:
                endpoint["result"] = median_round(rounds[id(endpoint)])
        return pairs, (load_before, os.getloadavg())
    finally:
        for server, logfile in servers:
            run.stop(server)
            logfile.close()


def main():
    started = time.monotonic()
    small = run.config()
    large = large_config(small)
    for cfg in (small, large):
        run.ensure_dataset(cfg)
    run.log("collecting static files")
    run.manage(small, "collectstatic", "--noinput", "-v0")
    run.WORK.mkdir(parents=True, exist_ok=True)
    pairs, load = side_by_side(small, large, "off")
    runs = [("off", pairs)]
    if "engine" in small["search"]:
        for cfg in (small, large):
            run.build_engine_index(cfg)
        pairs, engine_load = side_by_side(small, large, "engine")
        runs.append(("engine", pairs))
        load = (load[0], engine_load[1])
    path = write_results(small, large, runs, load, started)
    print(path.read_text())
    run.log(f"results written to {path}")


if __name__ == "__main__":
    main()
