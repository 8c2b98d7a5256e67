"""The fault suite: the production build (gunicorn with production settings on PostgreSQL and
Redis, nginx in front with the committed config) under hostile clients and hung dependencies.
Every fault is bounded in time and undone by the test that made it."""

import json
import socket
import uuid
from contextlib import ExitStack

import pytest
from django.core.management import call_command
from django.db import connections

from images.tests.images import photo_bytes, png_header_only
from operations.tests.conftest import black_hole
from operations.tests.faults import (
    SEED,
    Session,
    database_copy,
    drop_database,
    gunicorn,
    manage,
    nginx,
    production_env,
    request,
)

pytestmark = [pytest.mark.faults, pytest.mark.postgres, pytest.mark.redis, pytest.mark.s3]

RIDE = "/parks/cedar-point/millennium-force/"
PARK = "/parks/cedar-point/"


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, moto_server, tmp_path_factory):
    """The production build on a copy of the test database, with demo-sized content."""
    import boto3

    folder = tmp_path_factory.mktemp("faults")
    with django_db_blocker.unblock():
        url, name, params = copy_test_database()
    bucket = f"faults-{uuid.uuid4().hex[:8]}"
    if not moto_server.running:
        moto_server.start()
    boto3.client(
        "s3", endpoint_url=moto_server.endpoint_url, region_name="us-east-1"
    ).create_bucket(Bucket=bucket)
    env = production_env(
        url,
        CACHE_KEY_PREFIX=f"faults-{uuid.uuid4().hex[:8]}",
        PAGE_CACHE_SECONDS="60",
        AWS_STORAGE_BUCKET_NAME=bucket,
        AWS_S3_ENDPOINT_URL=moto_server.endpoint_url,
        AWS_S3_ADDRESSING_STYLE="path",
        AWS_S3_REGION_NAME="us-east-1",
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        MEDIA_ROOT=str(folder / "media"),
    )
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "shell", "-c", SEED)
    with ExitStack() as stack:
        app = stack.enter_context(gunicorn(env, folder / "gunicorn.log"))
        proxy = stack.enter_context(nginx(app, folder / "nginx", folder / "media"))
        yield {"env": env, "app": app, "proxy": proxy, "folder": folder, "moto": moto_server}
    drop_database(name, params)


def copy_test_database():
    """Copy the test database with the data its migrations made.

    pytest-django runs these (database-less) tests after the transactional ones, which leave
    the test database flushed; the data the migrations made is put back from the serialized
    copy pytest-django keeps, copied, and flushed again so later tests find what they expect.
    """
    from parks.models import ParkIndexPage

    connection = connections["default"]
    flushed = not ParkIndexPage.objects.exists()
    if flushed:
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    settings_dict = dict(connection.settings_dict)
    connections.close_all()
    copied = database_copy(settings_dict, "faults")
    if flushed:
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    return copied


def get(port, path, **headers):
    return request(port, "GET", path, headers=headers)


# --- Hostile clients ---------------------------------------------------------------------------


def test_idle_and_slow_header_clients_do_not_starve_the_site(site):
    proxy = site["proxy"]
    paths = ("/parks/", PARK, "/healthz")
    for path in paths:  # a cold start (templates, connections) is not what this measures
        assert get(proxy, path)[0] == 200
    with ExitStack() as stack:
        for _ in range(2):  # connected, nothing sent
            stack.enter_context(socket.create_connection(("127.0.0.1", proxy)))
        for number in range(20):  # a request line and half the headers, never finished
            slow = stack.enter_context(socket.create_connection(("127.0.0.1", proxy)))
            slow.sendall(f"GET /?slow={number} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: ".encode())
        for path in paths:
            status, _headers, _body, seconds = get(proxy, path)
            assert status == 200, path
            assert seconds < 1.0, (path, seconds)


def test_xff_rotation_does_not_escape_the_login_lockout(site):
    """A client (127.0.0.2, not a trusted proxy) rotating X-Forwarded-For, through nginx and
    straight at gunicorn."""
    for port in (site["proxy"], site["app"]):
        client = Session(port, source="127.0.0.2")
        statuses = [
            client.post(
                "/admin/login/",
                {"username": "faults-editor", "password": f"wrong-{attempt}"},
                **{"X-Forwarded-For": f"203.0.113.{attempt}"},
            )[0]
            for attempt in range(8)
        ]
        assert 429 in statuses and statuses[-1] == 429, statuses
        right = client.post(
            "/admin/login/",
            {"username": "faults-editor", "password": "faults-editor-password-1"},
            **{"X-Forwarded-For": "198.51.100.99"},
        )
        assert right[0] == 429


def test_truncated_and_huge_photos_get_field_errors_not_500s(site):
    admin = Session(site["proxy"])
    status, headers, _body = admin.post(
        "/admin/login/", {"username": "faults-admin", "password": "faults-admin-password-1"}
    )
    assert status == 302, status
    uploads = {
        "cut-off.jpg": (photo_bytes(size=(400, 300))[:-600], "incomplete or damaged"),
        "map.png": (png_header_only(7000, 7000), "7000 × 7000 pixels"),
    }
    for name, (content, message) in uploads.items():
        status, _headers, body = admin.post(
            "/admin/images/multiple/add/",
            files={"files[]": (name, content, "image/png")},
            **{"X-Requested-With": "XMLHttpRequest"},
        )
        assert status == 200, (name, status)
        result = json.loads(body)
        assert result["success"] is False and message in result["error_message"], result


# --- Caches and dependencies -------------------------------------------------------------------


def test_a_restriction_added_while_caches_are_warm_is_enforced_at_once(site):
    proxy = site["proxy"]
    get(proxy, RIDE)
    get(proxy, PARK)
    assert get(proxy, RIDE)[1].get("X-Page-Cache") == "hit"
    manage(
        site["env"],
        "shell",
        "-c",
        "from wagtail.models import Page, PageViewRestriction\n"
        f"page = Page.objects.get(url_path__endswith='{RIDE}')\n"
        "PageViewRestriction.objects.create(page=page, restriction_type='login')",
    )
    status, headers, _body, _seconds = get(proxy, RIDE)
    assert status == 302 and "/login" in headers["Location"]
    assert b"Millennium Force" not in get(proxy, PARK)[2]


def test_s3_down_leaves_readyz_200_and_degraded(site):
    moto = site["moto"]
    moto.stop()
    try:
        status, _headers, body, seconds = get(site["proxy"], "/readyz")
    finally:
        moto.start()
    assert status == 200
    assert seconds < 5
    report = json.loads(body)
    assert report["status"] == "degraded" and "media_storage" in report["degraded"]


def test_pages_answer_within_two_seconds_with_redis_hung(site):
    with black_hole() as port:
        env = {**site["env"], "REDIS_URL": f"redis://127.0.0.1:{port}/0"}
        with gunicorn(env, site["folder"] / "redis-hung.log") as app:
            for path in (PARK, "/parks/", "/", PARK):
                status, _headers, _body, seconds = get(app, path)
                assert status == 200, path
                assert seconds < 2.0, (path, seconds)
            status, _headers, body, seconds = get(app, "/readyz")
    assert status == 200 and "cache" in json.loads(body)["degraded"]
    assert seconds < 2.0


def test_a_hung_postgres_gives_a_styled_503_within_five_seconds(site):
    log_path = site["folder"] / "postgres-hung.log"
    with black_hole() as port:
        url = f"postgres://thrillwiki@127.0.0.1:{port}/thrillwiki"
        env = {**site["env"], "DATABASE_URL": url, "DB_CONNECT_TIMEOUT": "2"}
        with gunicorn(env, log_path) as app:
            status, headers, body, seconds = get(app, PARK)
            assert status == 503 and seconds < 5, (status, seconds)
            assert b"temporarily unavailable" in body and b"site-header" in body
            assert headers["Retry-After"] == "30"
            status, _headers, body, seconds = get(app, "/readyz")
            assert status == 503 and seconds < 5
            assert json.loads(body)["status"] == "down"
            assert get(app, "/healthz")[0] == 200
    assert "WORKER TIMEOUT" not in log_path.read_text()
