"""The Markdown results file of `make bench` (bench/run.py measures, this module writes)."""

import datetime
import json
import os
import platform
import subprocess
import time
from pathlib import Path

import lighthouse  # bench/ is on sys.path: run.py is run as a script from it

ROOT = Path(__file__).resolve().parent.parent

# Goals from the benchmark and search issues, checked against the measured p95 (never used to
# tune). "engine" goals apply to the run with the search engine, the others to the database.
GOALS_MS = {
    "park page": 50,
    "ride page": 50,
    "parks filtered": 100,
    "search": 100,
    "parks htmx partial": 30,
    "map geojson": 50,
    "records": 50,
    "census": 50,
    "api rides": 40,
    "api ride detail": 40,
}
ENGINE_GOALS_MS = {"search": 100, "autocomplete": 30}
DATABASE_SEARCH_GOAL_MS = 150


def machine():
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores, {model}{memory}"


def git(*args):
    result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip()


def goal_for(name, goals_ms=GOALS_MS):
    for key, goal in goals_ms.items():
        if name.startswith(key):
            return goal
    return None


def goal_line(endpoint, label, goal):
    p95 = endpoint["result"]["p95"]
    met = "yes" if p95 < goal and endpoint["result"]["errors"] == 0 else "no"
    return f"| {endpoint['name']}: {label} | {p95:.1f} ms | {met} |"


def table(info):
    endpoints = info["endpoints"]
    static = next(e for e in endpoints if e["static"])["result"]["p95"]
    lines = [
        "| endpoint | status | rps | p50 ms | p95 ms | p99 ms | errors / requests "
        "| queries | engine requests | p95 ÷ static p95 |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for e in endpoints:
        r = e["result"]
        ratio = "1.0 (reference)" if e["static"] else f"{r['p95'] / static:.1f}×"
        engine = "–" if e.get("engine_requests") is None else e["engine_requests"]
        lines.append(
            f"| {e['name']} `{e['path']}` | {e['live_status']} | {r['rps']:.1f} | {r['p50']:.1f} "
            f"| {r['p95']:.1f} | {r['p99']:.1f} | {r['errors']} / {r['requests']} "
            f"| {e['queries']} | {engine} | {ratio} |"
        )
    static_samples = next(e for e in endpoints if e["static"])["result"].get("samples_p95")
    if static_samples:
        lines += [
            "",
            f"Static reference: median of {len(static_samples)} wrk runs, p95 of each run "
            f"{', '.join(f'{p:.1f}' for p in static_samples)} ms.",
        ]
    return lines


def goals(runs):
    lines = ["| goal | measured | met |", "|---|---|---|"]
    by_mode = {run["mode"]: run for run in runs}
    if "off" in by_mode:
        for e in by_mode["off"]["endpoints"]:
            goal = goal_for(e["name"])
            if e["name"].startswith("search") and "engine" in by_mode:
                goal = DATABASE_SEARCH_GOAL_MS  # the engine run holds search to 100 ms
            if goal is not None:
                lines.append(goal_line(e, f"uncached p95 < {goal} ms", goal))
    if "engine" in by_mode:
        for e in by_mode["engine"]["endpoints"]:
            goal = goal_for(e["name"], ENGINE_GOALS_MS)
            if goal is not None:
                lines.append(goal_line(e, f"on the engine, p95 < {goal} ms", goal))
    if "on" in by_mode:
        run = by_mode["on"]
        endpoints = run["endpoints"]
        static = next(e for e in endpoints if e["static"])["result"]["p95"]
        for e in endpoints:
            if e["static"] or e["name"] == "autocomplete":
                continue
            ratio = e["result"]["p95"] / static
            if not run["page_cache_supported"]:
                # Without a page cache the "cached" numbers are uncached ones: no verdict.
                met = "n/a: this build has no page cache"
            else:
                met = "yes" if ratio <= 2 else "no"
            lines.append(f"| {e['name']}: cached p95 ≤ 2× static | {ratio:.1f}× | {met} |")
    errors = sum(e["result"]["errors"] for run in runs for e in run["endpoints"])
    lines.append(
        f"| zero errors (all endpoints, all runs) | {errors} | {'yes' if not errors else 'no'} |"
    )
    return lines


def query_plans(run):
    """Per endpoint: its queries' total and slowest execution time, then the plans kept."""
    endpoints = [e for e in run["endpoints"] if e.get("plans")]
    if not endpoints:
        return []
    lines = [
        "PostgreSQL's `EXPLAIN (ANALYZE, BUFFERS)` of each endpoint's slowest query and of every "
        "other query slower than the threshold (bench/prepass.py, `BENCH_EXPLAIN_MS`), run once "
        "after the counted request. Compare them between dataset sizes: a plan whose rows or "
        "time grow with the data breaks the growth rule.",
        "",
        "| endpoint | queries | slowest query ms | plans shown |",
        "|---|---:|---:|---:|",
    ]
    for e in endpoints:
        lines.append(
            f"| {e['name']} | {e['queries']} | {e['plans'][0]['ms']:.2f} | {len(e['plans'])} |"
        )
    for e in endpoints:
        lines += ["", f"### {e['name']} `{e['path']}`"]
        for plan in e["plans"]:
            lines += [
                "",
                f"{plan['ms']:.2f} ms:",
                "",
                "```sql",
                plan["sql"],
                "```",
                "",
                "```text",
                plan["plan"],
                "```",
            ]
    return lines


def write_report(cfg, runs, generated, started):
    now = datetime.datetime.now(datetime.UTC)
    dirty = (
        " (with uncommitted changes)"
        if git("status", "--porcelain", "--untracked-files=no")
        else ""
    )
    lines = [
        f"# Benchmark: {cfg['parks']:,} parks / {cfg['rides']:,} rides",
        "",
        f"- Command: `{cfg['command']}`",
        f"- Date: {now:%Y-%m-%d %H:%M} UTC (run took {(time.monotonic() - started) / 60:.1f} min)",
        f"- Git commit: `{git('rev-parse', '--short', 'HEAD')}`{dirty} "
        f"on `{git('rev-parse', '--abbrev-ref', 'HEAD')}`",
        f"- Machine: {machine()}; Python {platform.python_version()}",
        f"- Dataset: `generate_data --parks {cfg['parks']} --rides {cfg['rides']} "
        f"--seed {cfg['seed']} --images {cfg['images']}`; "
        + (f"generated in this run: {generated}" if generated else "reused from the database"),
        f"- Server: gunicorn, production settings, {cfg['workers']} sync workers, PostgreSQL, "
        f"Redis cache, local media, search backend `{runs[0]['search_backend']}` "
        "(and the engine run below)",
        f"- Load: wrk (1 thread, {cfg['connections']} connections, keep-alive as gunicorn allows) "
        f"from a separate process, {cfg['duration']} s per endpoint, endpoints one after another, "
        f"after a {cfg['warmup']} s warm-up per endpoint",
        "- Latency is what wrk measures from connect to last byte, queueing included: with more "
        "connections than workers, requests wait for a free worker.",
        "- Queries: counted per request with Django's test client and CaptureQueriesContext on the "
        "same database and settings (second request of two, so caches are warm).",
        "",
    ]
    for run in runs:
        load = ", ".join(f"{a:.2f}→{b:.2f}" for a, b in zip(*run["load"], strict=True))
        if run["mode"] == "engine":
            lines += [
                f"## Search on the engine ({run['search_backend']}, page cache off)",
                "",
                f"Index built with `update_index` in {cfg.get('index_seconds', 0):.0f} s before "
                "this run. Engine requests: HTTP requests the search client sent for one search "
                "(counted in bench/prepass.py).",
                "",
            ]
        else:
            lines += [
                f"## Page cache {run['mode']} (PAGE_CACHE_SECONDS={run['cache_seconds']}), "
                "search on the database",
                "",
            ]
        if run["mode"] == "on" and not run["page_cache_supported"]:
            lines += [
                "**This build does not read PAGE_CACHE_SECONDS (no server-side page cache "
                "yet), so this run measures the same uncached site as the run above.**",
                "",
            ]
        lines += [*table(run), "", f"Load average (1/5/15 min) before → after: {load}", ""]
    if cfg.get("export_summary"):
        lines += [
            "## Open data export (`manage.py export_open_data`)",
            "",
            cfg["export_summary"],
            "",
        ]
    for run in runs:
        if "lighthouse" in run:
            lines += [
                "## Lighthouse (page cache off)",
                "",
                *lighthouse.markdown(run["lighthouse"]),
                "",
            ]
    lines += [
        "## Goals (from the benchmark issue; not used to tune anything)",
        "",
        *goals(runs),
        "",
    ]
    notes = []
    for run in runs:
        for e in run["endpoints"]:
            if e["live_status"] >= 400:
                notes.append(
                    f"- `{e['path']}` answers {e['live_status']} (page cache {run['mode']}): "
                    "every request to it is counted as an error."
                )
    for run in runs:
        if run["restarts"] or run["timeouts"]:
            notes.append(
                f"- Page cache {run['mode']}: gunicorn recycled workers {run['restarts']} time(s) "
                f"(GUNICORN_MAX_REQUESTS, production's default) and {run['timeouts']} worker(s) "
                "timed out during the run; requests queued meanwhile show in the latencies "
                "(see bench/.work/gunicorn-*.log)."
            )
    notes.append(
        "- The machine's 2 cores are shared: wrk, gunicorn, PostgreSQL and Redis run on it, and "
        "other work on the machine may run at the same time (see the load averages)."
    )
    lines += ["## Notes", "", *notes, ""]
    for run in runs:
        plans = query_plans(run)
        if plans:
            lines += [f"## Query plans (page cache {run['mode']})", "", *plans, ""]
    cfg["output"].mkdir(parents=True, exist_ok=True)
    path = cfg["output"] / f"{now:%Y-%m-%d-%H%M}-{cfg['parks']}p-{cfg['rides']}r.md"
    path.write_text("\n".join(lines))
    # The numbers beside the table, for bench/compare.py (growth between dataset sizes).
    numbers = {"parks": cfg["parks"], "rides": cfg["rides"], "command": cfg["command"]}
    numbers["runs"] = [
        {
            "mode": run["mode"],
            "endpoints": [
                {
                    "name": e["name"],
                    "queries": e["queries"],
                    "engine_requests": e.get("engine_requests"),
                    "p95": e["result"]["p95"],
                }
                for e in run["endpoints"]
            ],
        }
        for run in runs
    ]
    path.with_suffix(".json").write_text(json.dumps(numbers, indent=1))
    return path
