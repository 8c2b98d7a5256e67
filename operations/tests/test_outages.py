"""With the database unreachable or hung, readers get the site's styled 503 within seconds,
never a 500 or a worker timeout; PostgreSQL connections are bounded by timeouts."""

import time

import pytest
from django.db import connection

from operations.tests.conftest import black_hole, database_unreachable
from thrillwiki.settings.database import bounded_database

pytestmark = pytest.mark.django_db


def test_an_unreachable_database_gives_a_styled_503(client, site_content):
    url = site_content["park"].url
    with database_unreachable():
        response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "temporarily unavailable" in html and 'class="site-header"' in html


def test_postgres_connections_get_a_connect_and_a_statement_timeout():
    config = bounded_database(
        {"ENGINE": "django.db.backends.postgresql"}, connect_timeout=3, statement_timeout_ms=10000
    )
    assert config["OPTIONS"] == {"connect_timeout": 3, "options": "-c statement_timeout=10000"}
    sqlite = bounded_database(
        {"ENGINE": "django.db.backends.sqlite3"}, connect_timeout=3, statement_timeout_ms=10000
    )
    assert "OPTIONS" not in sqlite


def test_postgres_connections_plan_for_ssd_storage_unless_told_otherwise():
    tuned = bounded_database(
        {"ENGINE": "django.db.backends.postgresql"},
        connect_timeout=3,
        statement_timeout_ms=10000,
        random_page_cost="1.1",
    )
    assert tuned["OPTIONS"]["options"] == "-c statement_timeout=10000 -c random_page_cost=1.1"
    server_default = bounded_database(
        {"ENGINE": "django.db.backends.postgresql"},
        connect_timeout=3,
        statement_timeout_ms=0,
        random_page_cost="",
    )
    assert "options" not in server_default["OPTIONS"]


@pytest.mark.postgres
def test_the_statement_timeout_is_in_force_on_postgres():
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "10s"
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"


@pytest.mark.postgres
def test_a_hung_postgres_is_a_503_within_five_seconds(client, site_content):
    from django.db import connections

    url = site_content["park"].url
    original = connections["default"]
    with black_hole() as port:
        hung = dict(original.settings_dict, HOST="127.0.0.1", PORT=str(port))
        hung["OPTIONS"] = {**hung.get("OPTIONS", {}), "connect_timeout": 2}
        broken = original.__class__(hung, alias="default")
        connections._connections.default = broken
        try:
            start = time.monotonic()
            response = client.get(url)
            elapsed = time.monotonic() - start
        finally:
            broken.close()
            connections._connections.default = original
    assert response.status_code == 503
    assert elapsed < 5
