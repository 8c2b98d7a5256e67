"""/healthz says the process is alive; /readyz reports each dependency and answers 503 when a
required one (the database, media storage) is down."""

import json

import pytest

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


def test_readyz_reports_a_redis_outage_but_stays_ready(client, redis_down):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["cache"] == {"status": "down", "required": False}


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
def test_readyz_checks_the_s3_bucket(client, s3):
    assert client.get("/readyz").json()["checks"]["media_storage"]["status"] == "ok"
    s3.server.stop()
    try:
        response = client.get("/readyz")
    finally:
        s3.server.start()
    assert response.status_code == 503
    assert response.json()["checks"]["media_storage"] == {"status": "down", "required": True}


@pytest.mark.redis
def test_readyz_pings_the_real_redis(client):
    from django.core.cache import cache

    assert hasattr(cache, "ping"), "REDIS_URL should select the Redis cache backend"
    assert client.get("/readyz").json()["checks"]["cache"]["status"] == "ok"
