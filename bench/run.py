"""`make bench`: load-test ThrillWiki as production runs it and write a Markdown results table.

1. Makes sure the benchmark database exists, is migrated and holds the requested dataset
   (generate_data; an existing database with the same dataset is reused, a different one is
   dropped and rebuilt -- it is the benchmark's own database, never the app's).
2. For each page-cache mode (PAGE_CACHE_SECONDS=0, then BENCH_CACHE_SECONDS): starts gunicorn
   with production settings on PostgreSQL and Redis, counts queries per request (bench/prepass.py),
   warms every endpoint up, then drives each endpoint in turn with wrk for BENCH_DURATION
   seconds from a separate process, and stops gunicorn.
3. Writes bench/results/<date>-<parks>p-<rides>r.md.

Every parameter comes from the environment (the Makefile passes its BENCH_* variables).
"""

import datetime
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORK = BENCH / ".work"
PY = sys.executable

# Goals from the benchmark issue, checked against the measured p95 (never used to tune).
GOALS_MS = {
    "park page": 50,
    "ride page": 50,
    "parks filtered": 100,
    "search": 100,
    "parks htmx partial": 30,
    "api rides": 40,
    "api ride detail": 40,
}


def setting(name, default):
    value = os.environ.get(name, "").strip()
    return type(default)(value) if value else default


def config():
    return {
        "parks": setting("BENCH_PARKS", 1000),
        "rides": setting("BENCH_RIDES", 10000),
        "seed": setting("BENCH_SEED", 1),
        "images": setting("BENCH_IMAGES", 40),
        "duration": setting("BENCH_DURATION", 10),
        "warmup": setting("BENCH_WARMUP", 2),
        "connections": setting("BENCH_CONNECTIONS", 4),
        "workers": setting("BENCH_WORKERS", 2),
        "port": setting("BENCH_PORT", 8765),
        "cache_seconds": setting("BENCH_CACHE_SECONDS", 300),
        "modes": setting("BENCH_MODES", "off,on").split(","),
        "database_url": setting(
            "BENCH_DATABASE_URL", "postgres://thrillwiki@127.0.0.1:5432/thrillwiki_bench"
        ),
        "redis_url": setting(
            "BENCH_REDIS_URL", os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
        ),
        "output": Path(setting("BENCH_OUTPUT", str(BENCH / "results"))),
        "command": setting("BENCH_COMMAND", "python bench/run.py"),
    }


def log(message):
    print(f"[bench {datetime.datetime.now(datetime.UTC):%H:%M:%S}] {message}", flush=True)


def django_env(cfg, cache_seconds=0):
    """The environment of the benchmarked site: production settings, local media, no TLS."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("ELASTICSEARCH")}
    env.update(
        DJANGO_SETTINGS_MODULE="thrillwiki.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=cfg["database_url"],
        REDIS_URL=cfg["redis_url"],
        CACHE_KEY_PREFIX="thrillwiki-bench",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{cfg['port']}",
        # Plain HTTP on loopback: no TLS proxy in front, so no HTTPS redirect.
        SECURE_SSL_REDIRECT="false",
        AWS_STORAGE_BUCKET_NAME="",
        MEDIA_ROOT=str(WORK / "media"),
        WEB_CONCURRENCY=str(cfg["workers"]),
        GUNICORN_BIND=f"127.0.0.1:{cfg['port']}",
        PAGE_CACHE_SECONDS=str(cache_seconds),
        # wrk is one client; the API's per-client rate limit would measure 429s, not the API.
        API_RATE_LIMIT_PER_MINUTE="0",
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(cfg, *args, capture=False):
    command = [PY, str(ROOT / "manage.py"), *args]
    if capture:
        return subprocess.run(
            command, env=django_env(cfg), cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout
    subprocess.run(command, env=django_env(cfg), cwd=ROOT, check=True)
    return ""


def prepass(cfg, *args, cache_seconds=0):
    output = subprocess.run(
        [PY, str(BENCH / "prepass.py"), *map(str, args)],
        env=django_env(cfg, cache_seconds),
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


# --- database and dataset -------------------------------------------------------------------


def _admin_connection(database_url):
    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    return psycopg.connect(admin, autocommit=True), name


def recreate_database(cfg, drop):
    connection, name = _admin_connection(cfg["database_url"])
    with connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and drop:
            log(f"dropping {name}: it holds a different dataset")
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            log(f"creating database {name}")
            connection.execute(f'CREATE DATABASE "{name}"')


def ensure_dataset(cfg):
    """Returns seconds spent generating, or None when the database already held the dataset."""
    if not cfg["database_url"].startswith(("postgres://", "postgresql://")):
        raise SystemExit("BENCH_DATABASE_URL must point at PostgreSQL.")
    recreate_database(cfg, drop=False)
    manage(cfg, "migrate", "--noinput", "-v0")
    args = ("dataset", cfg["parks"], cfg["rides"], cfg["seed"], cfg["images"])
    found = prepass(cfg, *args)
    if found["matches"]:
        log(f"reusing the dataset in the database ({found['parks']} parks, {found['rides']} rides)")
        return None
    if found.get("missing_originals"):
        log(f"{found['missing_originals']} image originals are missing from the media folder")
    if found["parks"] or found["rides"]:
        recreate_database(cfg, drop=True)
        manage(cfg, "migrate", "--noinput", "-v0")
    log(f"generating {cfg['parks']} parks and {cfg['rides']} rides (seed {cfg['seed']})")
    started = time.monotonic()
    manage(
        cfg,
        "generate_data",
        f"--parks={cfg['parks']}",
        f"--rides={cfg['rides']}",
        f"--seed={cfg['seed']}",
        f"--images={cfg['images']}",
    )
    elapsed = time.monotonic() - started
    if not prepass(cfg, *args)["matches"]:
        raise SystemExit("generate_data finished but the dataset check still fails.")
    return elapsed


# --- server and load ------------------------------------------------------------------------


def start_gunicorn(cfg, cache_seconds, logfile):
    process = subprocess.Popen(
        [PY, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), "thrillwiki.wsgi"],
        env=django_env(cfg, cache_seconds),
        cwd=ROOT,
        stdout=logfile,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with {process.returncode}; see {logfile.name}")
        try:
            with socket.create_connection(("127.0.0.1", cfg["port"]), timeout=1):
                pass
            status, _ = fetch(cfg, "/robots.txt", {})
            if status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.3)
    stop(process)
    raise SystemExit("gunicorn did not answer within 60 s")


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def fetch(cfg, path, headers):
    request = urllib.request.Request(f"http://127.0.0.1:{cfg['port']}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wrk(cfg, endpoint, seconds, connections, report=True):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    for key, value in endpoint["headers"].items():
        command += ["-H", f"{key}: {value}"]
    if report:
        command += ["-s", str(BENCH / "report.lua")]
    command.append(f"http://127.0.0.1:{cfg['port']}{endpoint['path']}")
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    if not report:
        return None
    line = next(line for line in output.splitlines() if line.startswith("BENCH_JSON "))
    data = json.loads(line.removeprefix("BENCH_JSON "))
    errors = sum(data[key] for key in ("connect", "read", "write", "status", "timeout"))
    seconds = data["duration_us"] / 1e6
    return {
        "requests": data["requests"],
        "rps": data["requests"] / seconds if seconds else 0.0,
        "p50": data["p50_us"] / 1000,
        "p95": data["p95_us"] / 1000,
        "p99": data["p99_us"] / 1000,
        "errors": errors,
        "non_2xx_3xx": data["status"],
    }


def run_mode(cfg, mode):
    cache_seconds = 0 if mode == "off" else cfg["cache_seconds"]
    WORK.mkdir(parents=True, exist_ok=True)
    with open(WORK / f"gunicorn-{mode}.log", "w") as logfile:
        log(f"page cache {mode}: starting gunicorn ({cfg['workers']} workers)")
        server = start_gunicorn(cfg, cache_seconds, logfile)
        try:
            info = prepass(cfg, "endpoints", cache_seconds=cache_seconds)
            endpoints = info["endpoints"]
            for endpoint in endpoints:
                endpoint["live_status"], _ = fetch(cfg, endpoint["path"], endpoint["headers"])
            log(f"warming up {len(endpoints)} endpoints ({cfg['warmup']} s each)")
            for endpoint in endpoints:
                wrk(cfg, endpoint, cfg["warmup"], 2, report=False)
            load_before = os.getloadavg()
            for endpoint in endpoints:
                log(f"  {endpoint['name']}: {cfg['duration']} s, {cfg['connections']} connections")
                endpoint["result"] = wrk(cfg, endpoint, cfg["duration"], cfg["connections"])
            info["load"] = (load_before, os.getloadavg())
        finally:
            stop(server)
    log_text = (WORK / f"gunicorn-{mode}.log").read_text(errors="replace")
    info["restarts"] = log_text.count("Autorestarting worker")
    info["timeouts"] = log_text.count("WORKER TIMEOUT")
    info["mode"] = mode
    info["cache_seconds"] = cache_seconds
    return info


# --- report ---------------------------------------------------------------------------------


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


def goal_for(name):
    for key, goal in GOALS_MS.items():
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


def goals(runs):
    lines = ["| goal | measured | met |", "|---|---|---|"]
    by_mode = {run["mode"]: run for run in runs}
    if "off" in by_mode:
        for e in by_mode["off"]["endpoints"]:
            goal = goal_for(e["name"])
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
    lines += ["## Open data export (`manage.py export_open_data`)", "", runs[0]["export"], ""]
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
    cfg["output"].mkdir(parents=True, exist_ok=True)
    path = cfg["output"] / f"{now:%Y-%m-%d-%H%M}-{cfg['parks']}p-{cfg['rides']}r.md"
    path.write_text("\n".join(lines))
    return path


def main():
    cfg = config()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk (Debian/Ubuntu).")
    started = time.monotonic()
    generated = ensure_dataset(cfg)
    log("collecting static files")
    manage(cfg, "collectstatic", "--noinput", "-v0")
    runs = [run_mode(cfg, mode.strip()) for mode in cfg["modes"] if mode.strip()]
    log("exporting the open data downloads (time and peak memory)")
    runs[0]["export"] = manage(cfg, "export_open_data", capture=True).strip().splitlines()[-1]
    path = write_report(cfg, runs, generated, started)
    print(path.read_text())
    log(f"results written to {path}")


if __name__ == "__main__":
    main()
