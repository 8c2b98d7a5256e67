"""`make bench`: load-test ThrillWiki as production runs it and write a Markdown results table.

1. Makes sure the benchmark database exists, is migrated and holds the requested dataset
   (generate_data; an existing database with the same dataset is reused, a different one is
   dropped and rebuilt -- it is the benchmark's own database, never the app's).
2. For each page-cache mode (PAGE_CACHE_SECONDS=0, then BENCH_CACHE_SECONDS): starts gunicorn
   with production settings on PostgreSQL and Redis (search on the database backend), counts
   queries per request (bench/prepass.py), warms every endpoint up, then drives each endpoint in
   turn with wrk for BENCH_DURATION seconds from a separate process, and stops gunicorn.
3. With "engine" in BENCH_SEARCH: builds the search engine's index (update_index, under
   BENCH_INDEX_PREFIX; then merged to one segment and refreshed, as it settles) and runs the
   search endpoints again, uncached, on the engine at BENCH_ELASTICSEARCH_URL, counting engine
   requests per search.
   The uncached run also records EXPLAIN ANALYZE of each endpoint's slowest queries and, with
   BENCH_LIGHTHOUSE on, audits the home, park and ride pages with Lighthouse (bench/lighthouse.py)
   once wrk is done, with the media folder served beside gunicorn as a CDN would serve it.
4. Writes bench/results/<date>-<parks>p-<rides>r.md (bench/report.py).

Every parameter comes from the environment (the Makefile passes its BENCH_* variables).
"""

import datetime
import json
import os
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

# bench/ is run as a script: its folder is on sys.path.
import lighthouse
from engine_index import settle_engine_index
from report import write_report

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORK = BENCH / ".work"
PY = sys.executable

# The static file is the reference every ratio divides by: one slow sample must not skew it,
# so it is measured this many times and the run with the median p95 is kept.
STATIC_SAMPLES = 5


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
        "search": setting("BENCH_SEARCH", "engine").split(","),
        "engine_url": setting(
            "BENCH_ELASTICSEARCH_URL",
            os.environ.get("ELASTICSEARCH_URL") or "http://127.0.0.1:9200",
        ),
        "engine": setting("BENCH_SEARCH_ENGINE", os.environ.get("SEARCH_ENGINE") or "opensearch"),
        "index_prefix": setting("BENCH_INDEX_PREFIX", "bench_"),
        "lighthouse": setting("BENCH_LIGHTHOUSE", 1) != 0,
    }


def media_port(cfg):
    return cfg["port"] + 1


def log(message):
    print(f"[bench {datetime.datetime.now(datetime.UTC):%H:%M:%S}] {message}", flush=True)


def django_env(cfg, cache_seconds=0, engine=False):
    """The environment of the benchmarked site: production settings, local media, no TLS;
    search on the database backend, or on the engine (with the database as fallback)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ELASTICSEARCH", "SEARCH_"))
    }
    if engine:
        env.update(
            ELASTICSEARCH_URL=cfg["engine_url"],
            SEARCH_ENGINE=cfg["engine"],
            ELASTICSEARCH_INDEX_PREFIX=cfg["index_prefix"],
        )
    env.update(
        DJANGO_SETTINGS_MODULE="thrillwiki.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=cfg["database_url"],
        REDIS_URL=cfg["redis_url"],
        CACHE_KEY_PREFIX="thrillwiki-bench",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{cfg['port']}",
        # Plain HTTP on loopback: no TLS proxy in front, so no HTTPS redirect, and the browser
        # Lighthouse drives must not upgrade the page's subresources to HTTPS either.
        SECURE_SSL_REDIRECT="false",
        CSP_UPGRADE_INSECURE_REQUESTS="false",
        AWS_STORAGE_BUCKET_NAME="",
        MEDIA_ROOT=str(WORK / "media"),
        # Media comes from its own origin, as from a CDN in production (served for Lighthouse).
        MEDIA_URL=f"http://127.0.0.1:{media_port(cfg)}/media/",
        WEB_CONCURRENCY=str(cfg["workers"]),
        GUNICORN_BIND=f"127.0.0.1:{cfg['port']}",
        PAGE_CACHE_SECONDS=str(cache_seconds),
        # The map's GeoJSON has its own response cache: off too in the uncached run.
        MAP_GEOJSON_CACHE_SECONDS=str(cache_seconds),
        # wrk is one client; the API's per-client rate limit would measure 429s, not the API.
        API_RATE_LIMIT_PER_MINUTE="0",
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(cfg, *args, engine=False, capture=False):
    """Run a manage.py command on the benchmark's settings; its output when `capture`."""
    command = [PY, str(ROOT / "manage.py"), *args]
    result = subprocess.run(
        command,
        env=django_env(cfg, engine=engine),
        cwd=ROOT,
        capture_output=capture,
        text=True,
    )
    if result.returncode:
        # A captured command's error would otherwise be lost with its output.
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stderr or ''}")
    return result.stdout if capture else None


def export_open_data(cfg):
    """The open data downloads of the dataset: their time and peak memory (its last line)."""
    log("exporting the open data downloads (time and peak memory)")
    output = manage(cfg, "export_open_data", capture=True)
    return output.strip().splitlines()[-1]


def prepass(cfg, *args, cache_seconds=0, engine=False):
    output = subprocess.run(
        [PY, str(BENCH / "prepass.py"), *map(str, args)],
        env=django_env(cfg, cache_seconds, engine),
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
    """generate_data's last line (its time and peak memory), or None when the database already
    held the dataset."""
    if not cfg["database_url"].startswith(("postgres://", "postgresql://")):
        raise SystemExit("BENCH_DATABASE_URL must point at PostgreSQL.")
    recreate_database(cfg, drop=False)
    # As the release phase does: migrate, and start a new content version, so nothing kept
    # from another dataset or an earlier commit's run (they share BENCH_REDIS_URL) is served.
    manage(cfg, "migrate_locked", "-v0")
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
    output = manage(
        cfg,
        "generate_data",
        f"--parks={cfg['parks']}",
        f"--rides={cfg['rides']}",
        f"--seed={cfg['seed']}",
        f"--images={cfg['images']}",
        capture=True,
    )
    summary = output.strip().splitlines()[-1]
    log(summary)
    if not prepass(cfg, *args)["matches"]:
        raise SystemExit("generate_data finished but the dataset check still fails.")
    return summary


# --- server and load ------------------------------------------------------------------------


def start_gunicorn(cfg, cache_seconds, logfile, engine=False):
    process = subprocess.Popen(
        [PY, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), "thrillwiki.wsgi"],
        env=django_env(cfg, cache_seconds, engine),
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


def measure(cfg, endpoint):
    """wrk on one endpoint; the static reference is measured STATIC_SAMPLES times (median p95)."""
    if not endpoint["static"]:
        return wrk(cfg, endpoint, cfg["duration"], cfg["connections"])
    samples = [
        wrk(cfg, endpoint, cfg["duration"], cfg["connections"]) for _ in range(STATIC_SAMPLES)
    ]
    samples.sort(key=lambda result: result["p95"])
    median = dict(samples[len(samples) // 2])
    median["samples_p95"] = [round(result["p95"], 1) for result in samples]
    return median


def run_mode(cfg, mode):
    """One gunicorn run: page cache "off"/"on" on the database, or "engine" (search only)."""
    engine = mode == "engine"
    cache_seconds = cfg["cache_seconds"] if mode == "on" else 0
    WORK.mkdir(parents=True, exist_ok=True)
    with open(WORK / f"gunicorn-{mode}.log", "w") as logfile:
        log(f"{mode}: starting gunicorn ({cfg['workers']} workers)")
        server = start_gunicorn(cfg, cache_seconds, logfile, engine)
        try:
            args = ("endpoints", "search") if engine else ("endpoints",)
            if mode == "off":
                args += ("explain",)
            info = prepass(cfg, *args, cache_seconds=cache_seconds, engine=engine)
            endpoints = info["endpoints"]
            for endpoint in endpoints:
                endpoint["live_status"], _ = fetch(cfg, endpoint["path"], endpoint["headers"])
            log(f"warming up {len(endpoints)} endpoints ({cfg['warmup']} s each)")
            for endpoint in endpoints:
                wrk(cfg, endpoint, cfg["warmup"], 2, report=False)
            load_before = os.getloadavg()
            for endpoint in endpoints:
                log(f"  {endpoint['name']}: {cfg['duration']} s, {cfg['connections']} connections")
                endpoint["result"] = measure(cfg, endpoint)
            info["load"] = (load_before, os.getloadavg())
            if mode == "off" and cfg["lighthouse"]:
                info["lighthouse"] = run_lighthouse(cfg, endpoints)
        finally:
            stop(server)
    log_text = (WORK / f"gunicorn-{mode}.log").read_text(errors="replace")
    info["restarts"] = log_text.count("Autorestarting worker")
    info["timeouts"] = log_text.count("WORKER TIMEOUT")
    info["mode"] = mode
    info["cache_seconds"] = cache_seconds
    return info


def run_lighthouse(cfg, endpoints):
    """Lighthouse on the home, park and ride pages of the running (uncached) gunicorn."""
    paths = {e["name"]: e["path"] for e in endpoints}
    pages = {
        "home": paths["home"],
        "park page": next(p for n, p in paths.items() if n.startswith("park page")),
        "ride page": paths["ride page"],
    }
    log("lighthouse: home, park and ride page")
    with lighthouse.media_server(WORK, media_port(cfg)):
        return lighthouse.audit_pages(f"http://127.0.0.1:{cfg['port']}", pages, log)


def build_engine_index(cfg):
    """The engine's index of the benchmark dataset, rebuilt (atomically) on every run."""
    log(f"indexing the dataset on {cfg['engine']} at {cfg['engine_url']}")
    started = time.monotonic()
    manage(cfg, "update_index", "--backend", "default", "-v0", engine=True)
    settle_engine_index(cfg)
    return time.monotonic() - started


def main():
    cfg = config()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk (Debian/Ubuntu).")
    started = time.monotonic()
    generated = ensure_dataset(cfg)
    log("collecting static files")
    manage(cfg, "collectstatic", "--noinput", "-v0")
    runs = [run_mode(cfg, mode.strip()) for mode in cfg["modes"] if mode.strip()]
    cfg["export_summary"] = export_open_data(cfg)
    if "engine" in cfg["search"]:
        cfg["index_seconds"] = build_engine_index(cfg)
        runs.append(run_mode(cfg, "engine"))
    path = write_report(cfg, runs, generated, started)
    print(path.read_text())
    log(f"results written to {path}")


if __name__ == "__main__":
    main()
