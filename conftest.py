"""Project-wide pytest setup: service-backed suites and shared fixtures.

Suites marked `postgres`, `redis`, `browser`, `s3`, `elasticsearch` or `audits` skip when their
service (for `audits`: Java and the npm audit tools from `npm ci`) is not available, so
`make test` works on a bare machine. CI sets THRILLWIKI_REQUIRE_SERVICES (a comma list) and then
a missing service fails those tests instead of skipping them.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings

SERVICE_MARKERS = ("postgres", "redis", "browser", "s3", "elasticsearch", "audits")


def _required_services():
    return {s.strip() for s in os.environ.get("THRILLWIKI_REQUIRE_SERVICES", "").split(",") if s}


def _service_problem(name):
    """Why the named service is unavailable, or None when it is usable."""
    if name == "postgres":
        engine = settings.DATABASES["default"]["ENGINE"]
        return None if "postgresql" in engine else "DATABASE_URL does not point at PostgreSQL"
    if name == "redis":
        if not os.environ.get("REDIS_URL"):
            return "REDIS_URL is not set"
        import redis

        try:
            redis.Redis.from_url(os.environ["REDIS_URL"], socket_timeout=2).ping()
        except redis.RedisError as exc:
            return f"Redis is unreachable: {exc}"
        return None
    if name == "browser":
        if not shutil.which("chromium") and not os.path.exists("/usr/bin/chromium"):
            return "Chromium is not installed at /usr/bin/chromium"
        try:
            import playwright  # noqa: F401
        except ImportError:
            return "the playwright package is not installed"
        return None
    if name == "elasticsearch":
        return _search_engine_problem()
    if name == "audits":
        return _audit_tools_problem()
    if name == "s3":
        try:
            import moto  # noqa: F401
            import moto.server  # noqa: F401
        except ImportError:
            return "moto[server] is not installed"
        return None
    return None


def _audit_tools_problem():
    """Why the page audits cannot run: they need Java (the Nu HTML Checker) and node_modules."""
    missing = [
        tool
        for tool in ("node_modules/axe-core/axe.min.js", "node_modules/vnu-jar/build/dist/vnu.jar")
        if not (Path(settings.BASE_DIR) / tool).is_file()
    ]
    if missing:
        return f"{', '.join(missing)} missing (run `make install-dev`, which runs `npm ci`)"
    if not shutil.which("java"):
        return "Java is not installed (the Nu HTML Checker needs it)"
    return None


def _search_engine_problem():
    """Why the search engine at ELASTICSEARCH_URL (started by `make services`) is unusable."""
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        return "ELASTICSEARCH_URL is not set"
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/_cluster/health", timeout=5):  # noqa: S310
            return None
    except OSError as exc:
        return f"the search engine at {url} is unreachable: {exc}"


def pytest_collection_modifyitems(config, items):
    required = _required_services()
    problems = {}
    for item in items:
        for name in SERVICE_MARKERS:
            if item.get_closest_marker(name) is None:
                continue
            if name not in problems:
                problems[name] = _service_problem(name)
            problem = problems[name]
            if problem is None:
                continue
            if name in required:
                item.add_marker(
                    pytest.mark.usefixtures("_fail_missing_service"),
                )
                item.user_properties.append(("missing_service", f"{name}: {problem}"))
            else:
                item.add_marker(pytest.mark.skip(reason=f"{name} unavailable: {problem}"))


@pytest.fixture
def _fail_missing_service(request):
    reasons = [value for key, value in request.node.user_properties if key == "missing_service"]
    pytest.fail(f"Required service missing: {'; '.join(reasons)}")


@pytest.fixture(autouse=True)
def _media_root(tmp_path, settings):
    """Each test writes uploaded files to its own temporary folder."""
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Tests share one cache server; start each from empty so no state leaks between them."""
    from django.core.cache import caches

    from operations.local_copies import copies

    for alias in settings.CACHES:
        caches[alias].clear()
    copies.clear()
    yield


# Debian's Chromium, launched the way this machine's closed network needs: no sandbox as root,
# no GPU, and none of the background connections Chromium would otherwise try at start.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser(monkeypatch):
    """Chromium (/usr/bin/chromium) driven by Playwright; never `playwright install`."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM is not used meanwhile.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def park_index(db):
    """The /parks/ index that the migrations create."""
    from parks.models import ParkIndexPage

    return ParkIndexPage.objects.get()


@pytest.fixture
def home_page(db):
    from home.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def site_root_path_reads(monkeypatch):
    """A list that grows by one each time Wagtail's site root paths are read from the cache."""
    from wagtail.models import Site

    reads = []
    original = Site.get_site_root_paths

    def counted():
        reads.append(1)
        return original()

    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(counted))
    return reads


# --- S3: moto's server on loopback -----------------------------------------------------------


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class MotoS3Server:
    """moto's S3 server in its own process on a loopback port: a real HTTP endpoint for boto3.

    Tests stop and start it to simulate an S3 outage; the port stays the same.
    """

    def __init__(self, log_dir):
        self.port = _free_port()
        self.endpoint_url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(log_dir) / f"moto-{self.port}.log"
        self.process = None

    def start(self):
        log = open(self.log_path, "ab")  # noqa: SIM115 - owned by the child process
        self.process = subprocess.Popen(  # noqa: S603 - fixed argv, no user input
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.1)
        raise RuntimeError(f"moto server did not start; see {self.log_path}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    @property
    def running(self):
        return self.process is not None and self.process.poll() is None


@pytest.fixture(scope="session")
def moto_server(tmp_path_factory):
    """One moto S3 server for the session (restarted by the `s3` fixture if a test stopped it)."""
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    server = MotoS3Server(tmp_path_factory.mktemp("moto")).start()
    yield server
    server.stop()


class S3Media:
    """What a test needs to inspect the bucket its media was written to."""

    def __init__(self, server, bucket, custom_domain):
        import boto3

        self.server = server
        self.bucket = bucket
        self.custom_domain = custom_domain
        self.client = boto3.client("s3", endpoint_url=server.endpoint_url, region_name="us-east-1")

    def keys(self, prefix=""):
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=prefix
        )
        return sorted(obj["Key"] for page in pages for obj in page.get("Contents", []))


@pytest.fixture
def s3(request, moto_server, settings):
    """Point media storage at a fresh bucket on the moto server, laid out as production does."""
    from django.core.files.storage import storages
    from wagtail.images import get_image_model

    from thrillwiki.settings.storage import s3_storages

    if request.node.get_closest_marker("s3") is None:
        pytest.fail("tests using the s3 fixture must be marked @pytest.mark.s3")
    if not moto_server.running:
        moto_server.start()
    bucket = f"thrillwiki-{uuid.uuid4().hex[:12]}"
    media = S3Media(moto_server, bucket, custom_domain="cdn.thrillwiki.test")
    media.client.create_bucket(Bucket=bucket)
    settings.STORAGES = {
        **s3_storages(
            bucket,
            endpoint_url=moto_server.endpoint_url,
            region_name="us-east-1",
            custom_domain=media.custom_domain,
        ),
        "staticfiles": settings.STORAGES["staticfiles"],
    }
    settings.AWS_STORAGE_BUCKET_NAME = bucket
    # Wagtail resolves the rendition storage once, when the model field is built; point the
    # field at the bucket's storage for this test and put the original back afterwards.
    rendition_field = get_image_model().get_rendition_model()._meta.get_field("file")
    original_storage = rendition_field.storage
    rendition_field.storage = storages["renditions"]
    yield media
    rendition_field.storage = original_storage
