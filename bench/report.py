"""The Markdown results file of `make bench`: the machine, the tables and the goals met."""

import datetime
import os
import platform
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


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


def goal_for(name, goals_ms):
    for key, goal in goals_ms.items():
        if name.startswith(key):
            return goal
    return None


def table(info):
    endpoints = info["endpoints"]
    static = next(e for e in endpoints if e["static"])["result"]["p95"]
    lines = [
        "| endpoint | status | rps | p50 ms | p95 ms | p99 ms | errors / requests "
        "| queries | p95 ÷ static p95 |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for e in endpoints:
        r = e["result"]
        ratio = "1.0 (reference)" if e["static"] else f"{r['p95'] / static:.1f}×"
        lines.append(
            f"| {e['name']} `{e['path']}` | {e['live_status']} | {r['rps']:.1f} | {r['p50']:.1f} "
            f"| {r['p95']:.1f} | {r['p99']:.1f} | {r['errors']} / {r['requests']} "
            f"| {e['queries']} | {ratio} |"
        )
    return lines


def goals(runs, goals_ms):
    lines = ["| goal | measured | met |", "|---|---|---|"]
    by_mode = {run["mode"]: run for run in runs}
    if "off" in by_mode:
        for e in by_mode["off"]["endpoints"]:
            goal = goal_for(e["name"], goals_ms)
            if goal is not None:
                p95 = e["result"]["p95"]
                met = "yes" if p95 < goal and e["result"]["errors"] == 0 else "no"
                lines.append(f"| {e['name']}: uncached p95 < {goal} ms | {p95:.1f} ms | {met} |")
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
        f"| zero errors (all endpoints, both modes) | {errors} | {'yes' if not errors else 'no'} |"
    )
    return lines


def write_report(cfg, runs, generated, started, goals_ms):
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
        + (
            f"generated in this run in {generated:.0f} s"
            if generated
            else "reused from the database"
        ),
        f"- Server: gunicorn, production settings, {cfg['workers']} sync workers, PostgreSQL, "
        f"Redis cache, local media, search backend `{runs[0]['search_backend']}`",
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
        lines += [f"## Page cache {run['mode']} (PAGE_CACHE_SECONDS={run['cache_seconds']})", ""]
        if run["mode"] != "off" and not run["page_cache_supported"]:
            lines += [
                "**This build does not read PAGE_CACHE_SECONDS (no server-side page cache "
                "yet), so this run measures the same uncached site as the run above.**",
                "",
            ]
        lines += [*table(run), "", f"Load average (1/5/15 min) before → after: {load}", ""]
    lines += [
        "## Goals (from the benchmark issue; not used to tune anything)",
        "",
        *goals(runs, goals_ms),
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
    cfg["output"].mkdir(parents=True, exist_ok=True)
    path = cfg["output"] / f"{now:%Y-%m-%d-%H%M}-{cfg['parks']}p-{cfg['rides']}r.md"
    path.write_text("\n".join(lines))
    return path
