"""gunicorn with the committed gunicorn.conf.py and production settings, as the Procfile's
`web` process runs it: no Server header, request IDs, and JSON logs when LOG_FORMAT=json."""

import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from operations.tests.conftest import closed_port

ROOT = Path(__file__).resolve().parents[2]


def _procfile():
    lines = (ROOT / "Procfile").read_text().splitlines()
    return dict(line.split(": ", 1) for line in lines if line.strip())


@pytest.fixture
def gunicorn_server(tmp_path):
    port = closed_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "thrillwiki.settings.production",
        "SECRET_KEY": "x" * 50,
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_FORMAT": "json",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
    }
    log_path = tmp_path / "gunicorn.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(  # noqa: S603 - fixed argv
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--config",
                "gunicorn.conf.py",
                "thrillwiki.wsgi:application",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/healthz")
                conn.getresponse().read()
                break
            except OSError:
                assert process.poll() is None, log_path.read_text()
                time.sleep(0.3)
        yield port, log_path
    finally:
        process.terminate()
        process.wait(timeout=30)


def get(port, path, **headers):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    response.read()
    return response


def test_procfile_runs_gunicorn_the_worker_and_a_locked_release():
    processes = _procfile()
    assert processes["web"].startswith("gunicorn --config gunicorn.conf.py")
    assert "manage.py run_worker" in processes["worker"]
    assert "manage.py migrate_locked" in processes["release"]
    assert "thrillwiki.settings.production" in processes["worker"] + processes["release"]


def test_gunicorn_serves_without_a_server_header_and_logs_json(gunicorn_server):
    port, log_path = gunicorn_server
    response = get(port, "/healthz", **{"X-Request-ID": "probe-000000001"})
    assert response.status == 200
    assert response.getheader("Server") is None
    assert response.getheader("X-Request-ID") == "probe-000000001"

    response = get(port, "/robots.txt", **{"X-Request-ID": "robots-00000001"})
    assert response.status == 200
    time.sleep(0.5)  # let the worker flush its log line
    lines = [line for line in log_path.read_text().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert any(r["logger"] == "gunicorn.error" for r in records)
    assert not any(r["logger"] == "gunicorn.access" for r in records)  # the app logs access
    access = [r for r in records if r["logger"] == "thrillwiki.access"]
    assert [(r["path"], r["request_id"]) for r in access] == [("/robots.txt", "robots-00000001")]


def test_gunicorn_settings_come_from_the_environment(monkeypatch):
    import importlib.util

    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    monkeypatch.setenv("GUNICORN_THREADS", "4")
    monkeypatch.setenv("GUNICORN_MAX_REQUESTS", "500")
    monkeypatch.setenv("LOG_FORMAT", "json")
    spec = importlib.util.spec_from_file_location("gunicorn_conf", ROOT / "gunicorn.conf.py")
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    assert (conf.workers, conf.threads, conf.max_requests) == (3, 4, 500)
    assert conf.max_requests_jitter > 0 and conf.graceful_timeout > 0
    assert conf.logconfig_dict["handlers"]["console"]["formatter"] == "json"
    assert conf.accesslog is None  # the application writes the access log
    monkeypatch.delenv("WEB_CONCURRENCY")
    monkeypatch.setenv("GUNICORN_ACCESS_LOG", "true")
    spec.loader.exec_module(conf)
    assert conf.workers == (os.cpu_count() or 1) * 2 + 1
    assert conf.accesslog == "-"
    assert conf.logconfig_dict["loggers"]["gunicorn.access"]["handlers"] == ["console"]
    assert "x-request-id" in conf.access_log_format


def test_workers_are_forked_from_a_frozen_heap():
    """The preloaded application is frozen before each fork: the workers' full garbage
    collections skip it (no pause on whichever request is running) and share its pages."""
    import gc
    import importlib.util

    spec = importlib.util.spec_from_file_location("gunicorn_conf", ROOT / "gunicorn.conf.py")
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    assert conf.preload_app
    try:
        conf.pre_fork(server=None, worker=None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_worker_freezes_what_its_first_requests_loaded_once_warmed_up(monkeypatch):
    """Once, after its first requests, a worker freezes what they loaded (templates, URL
    patterns): its later full collections skip it too."""
    import gc
    import importlib.util
    from types import SimpleNamespace

    monkeypatch.setenv("GUNICORN_FREEZE_AFTER_REQUESTS", "3")
    spec = importlib.util.spec_from_file_location("gunicorn_conf", ROOT / "gunicorn.conf.py")
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    gc.unfreeze()
    try:
        for handled in (1, 2):
            conf.post_request(SimpleNamespace(nr=handled), None, {}, None)
            assert gc.get_freeze_count() == 0
        loaded = [object() for _ in range(10)]
        conf.post_request(SimpleNamespace(nr=3), None, {}, None)
        assert gc.get_freeze_count() >= len(loaded)
    finally:
        gc.unfreeze()
