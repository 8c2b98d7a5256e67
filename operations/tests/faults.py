"""The production build for the fault suite: a PostgreSQL database copied from the test
database, gunicorn with production settings, and nginx in front with the committed config.

Every process is started on free loopback ports and stopped by the fixture that started it.
"""

import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import psycopg

from operations.nginx import render_main_config, render_site_config
from operations.tests.conftest import closed_port

ROOT = Path(__file__).resolve().parents[2]

SEED = """
from django.contrib.auth import get_user_model
from parks.factories import ParkPageFactory
from parks.models import ParkIndexPage
from rides.factories import RidePageFactory
index = ParkIndexPage.objects.get()
park = ParkPageFactory(parent=index, title="Cedar Point", slug="cedar-point")
for title in ("Millennium Force", "Magnum XL-200", "Calypso"):
    RidePageFactory(parent=park, title=title, slug=title.lower().replace(" ", "-"))
get_user_model().objects.create_superuser("faults-admin", password="faults-admin-password-1")
get_user_model().objects.create_user("faults-editor", password="faults-editor-password-1")
"""


def database_copy(settings_dict, suffix):
    """CREATE DATABASE <test db>_<suffix> from the (migrated) test database; returns its URL."""
    name = f"{settings_dict['NAME']}_{suffix}"
    params = {
        "host": settings_dict.get("HOST") or "127.0.0.1",
        "port": settings_dict.get("PORT") or 5432,
        "user": settings_dict.get("USER") or "",
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{settings_dict["NAME"]}"')
    return f"postgres://{params['user']}@{params['host']}:{params['port']}/{name}", name, params


def drop_database(name, params):
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def production_env(database_url, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "thrillwiki.settings.production",
        "SECRET_KEY": "f" * 50,
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "LOG_FORMAT": "json",
        "TASKS_BACKEND": "django_tasks.backends.dummy.DummyBackend",
        "TRUSTED_PROXIES": "127.0.0.1",
        "ELASTICSEARCH_URL": "",
    }
    env.update(extra)
    return env


def manage(env, *argv, timeout=120):
    """Run a management command against the production build; its output shows on failure."""
    result = subprocess.run(  # noqa: S603 - the suite's own argv
        [sys.executable, "manage.py", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"manage.py {argv[0]} failed:\n{result.stderr[-3000:]}"
    return result


def wait_for_port(port, process, log_path, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(Path(log_path).read_text()[-3000:]) from None
            time.sleep(0.2)
    raise RuntimeError(f"nothing listened on {port} within {seconds}s")


@contextmanager
def gunicorn(env, log_path, **extra):
    """gunicorn as the Procfile runs it, 2 workers, on a free loopback port."""
    port = closed_port()
    env = {**env, "WEB_CONCURRENCY": "2", "GUNICORN_BIND": f"127.0.0.1:{port}", **extra}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(  # noqa: S603 - fixed argv
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"]
            + ["thrillwiki.wsgi:application"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for_port(port, process, log_path)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def nginx(upstream_port, prefix, media_root):
    """nginx with the committed site config in front of gunicorn; yields its port."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(binary):
        raise RuntimeError("nginx is not installed (make services installs it)")
    port = closed_port()
    prefix = Path(prefix)
    prefix.mkdir(parents=True, exist_ok=True)
    site = prefix / "thrillwiki.conf"
    site.write_text(
        render_site_config(
            listen=f"127.0.0.1:{port}",
            upstream=f"127.0.0.1:{upstream_port}",
            static_root=ROOT / "staticfiles",
            media_root=media_root,
        )
    )
    main = prefix / "nginx.conf"
    user = "root" if os.geteuid() == 0 else os.environ.get("USER", "nobody")
    main.write_text(render_main_config(prefix, site, user=user))
    log_path = prefix / "error.log"
    log_path.touch()
    process = subprocess.Popen(  # noqa: S603 - fixed argv
        [binary, "-p", str(prefix), "-c", str(main), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=open(prefix / "stderr.log", "wb"),  # noqa: SIM115 - owned by the child
    )
    try:
        wait_for_port(port, process, prefix / "stderr.log", seconds=15)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=15)


def request(port, method, path, *, body=None, headers=None, timeout=10, source="127.0.0.1"):
    """One HTTP request; returns (status, headers dict, body bytes, seconds)."""
    start = time.monotonic()
    conn = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=timeout, source_address=(source, 0)
    )
    try:
        conn.request(method, path, body=body, headers={"Host": "127.0.0.1", **(headers or {})})
        response = conn.getresponse()
        content = response.read()
        return response.status, dict(response.getheaders()), content, time.monotonic() - start
    finally:
        conn.close()


class Session:
    """A browser-like client: keeps cookies, posts forms with their CSRF token."""

    def __init__(self, port, source="127.0.0.1"):
        self.port = port
        self.source = source
        self.cookies = {}

    def _headers(self, extra=None):
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return {**({"Cookie": cookie} if cookie else {}), **(extra or {})}

    def _remember(self, headers):
        for name, value in headers.items():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]

    def get(self, path, **headers):
        status, got, body, seconds = request(
            self.port, "GET", path, headers=self._headers(headers), source=self.source
        )
        self._remember(got)
        return status, got, body

    def csrf_token(self, path):
        _status, _headers, body = self.get(path)
        match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        return match.group(1).decode()

    def post(self, path, fields=None, files=None, **headers):
        token = self.csrf_token(path)
        body, content_type = multipart({"csrfmiddlewaretoken": token, **(fields or {})}, files)
        status, got, content, _seconds = request(
            self.port,
            "POST",
            path,
            body=body,
            headers=self._headers(
                {"Content-Type": content_type, "Referer": f"http://127.0.0.1{path}", **headers}
            ),
            source=self.source,
            timeout=30,
        )
        self._remember(got)
        return status, got, content


def multipart(fields, files=None):
    boundary = "thrillwiki-faults-boundary"
    parts = []
    for name, value in fields.items():
        disposition = f'Content-Disposition: form-data; name="{name}"'
        parts.append(f"--{boundary}\r\n{disposition}\r\n\r\n{value}\r\n".encode())
    for name, (filename, content, content_type) in (files or {}).items():
        parts.append(
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
            ).encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"
