"""Project-wide pytest setup: service-backed suites and shared fixtures.

Suites marked `postgres`, `redis`, `browser` or `s3` skip when their service is not configured,
so `make test` works on a bare machine. CI sets THRILLWIKI_REQUIRE_SERVICES (a comma list) and
then a missing service fails those tests instead of skipping them.
"""

import os
import shutil

import pytest
from django.conf import settings

SERVICE_MARKERS = ("postgres", "redis", "browser", "s3")


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
    if name == "s3":
        try:
            import moto  # noqa: F401
        except ImportError:
            return "moto is not installed"
        return None
    return None


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

    for alias in settings.CACHES:
        caches[alias].clear()
    yield


@pytest.fixture
def park_index(db):
    """The /parks/ index that the migrations create."""
    from parks.models import ParkIndexPage

    return ParkIndexPage.objects.get()


@pytest.fixture
def home_page(db):
    from home.models import HomePage

    return HomePage.objects.get()
