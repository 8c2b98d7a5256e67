"""/healthz says the process is alive; /readyz reports each dependency, answers 503 only when
the database is down, and 200 "degraded" when the cache, search or media storage is."""

import json
import time

import pytest

from operations.search_breaker import search_breaker_open, trip_search_breaker
from operations.tests.conftest import database_unreachable

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_touching_any_dependency(client, redis_down):
    with database_unreachable():  # any query would raise
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]


def test_readyz_is_200_with_one_status_per_dependency_when_everything_is_up(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["degraded"] == []
    assert set(body["checks"]) == {"database", "cache", "media_storage", "search"}
    assert all(check["status"] == "ok" for check in body["checks"].values())
    assert body["checks"]["database"]["required"] is True


def test_readyz_is_503_when_the_database_is_unreachable(client):
    with database_unreachable():
        response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["checks"]["database"] == {"status": "down", "required": True}
    assert body["checks"]["media_storage"]["status"] == "ok"


def test_readyz_reports_a_redis_outage_as_degraded_but_stays_ready(client, redis_down):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["degraded"] == ["cache"]
    assert response.json()["checks"]["cache"] == {"status": "down", "required": False}


def test_readyz_answers_quickly_with_redis_hung(client, redis_hung, settings):
    settings.READINESS_CHECK_TIMEOUT = 0.2
    start = time.monotonic()
    response = client.get("/readyz")
    assert time.monotonic() - start < 1.5
    assert response.status_code == 200
    assert response.json()["degraded"] == ["cache"]
    # The failed ping opened the breaker: the next probe does not wait for Redis at all.
    start = time.monotonic()
    assert client.get("/readyz").json()["degraded"] == ["cache"]
    assert time.monotonic() - start < 0.2


def test_readyz_trusts_the_search_breaker_instead_of_probing(client):

    trip_search_breaker()  # as a failed search leaves it
    assert search_breaker_open()
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["degraded"] == ["search"]


def test_load_balancers_may_probe_with_head(client):
    for url in ("/healthz", "/readyz"):
        response = client.head(url)
        assert response.status_code == 200, url
        assert response.content == b""
    assert client.post("/healthz").status_code == 405


def test_health_endpoints_leak_no_versions_or_secrets(client, settings):
    for url in ("/healthz", "/readyz"):
        response = client.get(url)
        text = response.content.decode() + json.dumps(dict(response.items()))
        assert "Server" not in response
        for secret in (settings.SECRET_KEY, settings.DATABASES["default"]["NAME"]):
            assert str(secret) not in text
        assert "version" not in text.lower()


def test_probes_by_ip_address_are_answered_despite_allowed_hosts(client, settings):
    settings.ALLOWED_HOSTS = ["thrillwiki.example"]
    assert client.get("/healthz", HTTP_HOST="10.0.0.7:8000").status_code == 200
    assert client.get("/readyz", HTTP_HOST="10.0.0.7:8000").status_code == 200
    assert client.get("/", HTTP_HOST="10.0.0.7:8000").status_code == 400


@pytest.mark.s3
def test_an_s3_outage_leaves_readyz_200_and_degraded(client, s3, settings):
    settings.READINESS_CHECK_TIMEOUT = 10  # moto on a loaded machine can be slow to answer
    assert client.get("/readyz").json()["checks"]["media_storage"]["status"] == "ok"
    s3.server.stop()
    try:
        response = client.get("/readyz")
    finally:
        s3.server.start()
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["degraded"] == ["media_storage"]
    assert response.json()["checks"]["media_storage"] == {"status": "down", "required": False}


@pytest.mark.redis
def test_readyz_pings_the_real_redis(client):
    from django.core.cache import cache

    assert hasattr(cache, "ping"), "REDIS_URL should select the Redis cache backend"
    assert client.get("/readyz").json()["checks"]["cache"]["status"] == "ok"
