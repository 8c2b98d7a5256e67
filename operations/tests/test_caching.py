"""Caching: a Redis outage only slows the site; public pages are cacheable (with ETags and
304s) while anything personal is private; the anonymous page cache and the fragment caches
are invalidated by publishing; publishing a ride purges its park, /parks/ and the home page
from the frontend cache."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from redis.exceptions import RedisError

from operations.cache import ErrorTolerantRedisCache
from thrillwiki.testing import redis_commands

pytestmark = pytest.mark.django_db

HTMX_RESULTS = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "park-results"}


def public_urls(content):
    coaster = content["coaster"]
    return [
        "/",
        "/parks/",
        "/parks/?country=US",
        content["park"].url,
        coaster.url,
        f"/companies/{coaster.manufacturer.slug}/",
        "/ride-models/hyper-coaster/",
        "/search/?q=cedar",
        "/sitemap.xml",
        "/robots.txt",
        "/healthz",
    ]


def directives(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", password="a-long-password-1")


# --- Redis outage ----------------------------------------------------------------------------


def test_with_redis_down_every_public_page_returns_200(client, site_content, redis_down, settings):
    settings.PAGE_CACHE_SECONDS = 60
    from django.core.cache import caches

    assert isinstance(caches["default"], ErrorTolerantRedisCache)
    for url in public_urls(site_content):
        for _ in range(2):  # a cold and a would-be-warm request
            assert client.get(url).status_code == 200, url
    assert client.get(site_content["park"].url, **{"HTTP_HX_REQUEST": "true"}).status_code == 200


def test_the_tolerant_cache_reads_an_outage_as_a_miss(redis_down):
    from django.core.cache import cache

    cache.set("k", "v")
    assert cache.get("k", "default") == "default"
    assert cache.add("k", "v") is False
    assert cache.get_many(["a", "b"]) == {}
    assert cache.get_or_set("k", "computed") == "computed"
    with pytest.raises(ValueError):
        cache.incr("counter")
    with pytest.raises(RedisError):  # the readiness check must see the outage
        cache.ping()


@pytest.mark.redis
def test_the_cache_is_redis_when_redis_url_is_set():
    from django.core.cache import cache, caches

    assert isinstance(caches["default"], ErrorTolerantRedisCache)
    cache.set("thrillwiki:test", {"a": 1}, 30)
    assert cache.get("thrillwiki:test") == {"a": 1}
    assert cache.ping() is True


@pytest.mark.redis
def test_every_cache_call_shares_one_redis_client_per_server():
    """A page makes several cache calls; they share one client and its connection pool
    instead of building a client each time."""
    from django.core.cache import cache

    client = cache._cache.get_client(write=True)
    cache.set("thrillwiki:test-shared", 1, 30)
    assert cache.get_many(["thrillwiki:test-shared"]) == {"thrillwiki:test-shared": 1}
    assert cache._cache.get_client() is client
    assert cache._cache.get_client(write=True) is client


# --- HTTP cache headers ----------------------------------------------------------------------


def test_anonymous_pages_are_public_with_a_short_max_age_and_an_etag(client, site_content):
    for url in ["/", "/parks/", site_content["park"].url, site_content["coaster"].url]:
        response = client.get(url)
        assert directives(response) == {"public", "max-age=60"}, url
        assert response["ETag"], url


def test_a_matching_etag_gets_304_not_modified(client, site_content):
    first = client.get("/parks/")
    again = client.get("/parks/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_logged_in_responses_are_private_and_never_stored(client, site_content, editor):
    client.force_login(editor)
    for url in ["/", "/parks/", site_content["park"].url, "/admin/"]:
        response = client.get(url)
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, url
        assert "public" not in cache_control, url


def test_admin_and_forms_are_never_public(client, site_content):
    login = client.get("/admin/login/")
    assert "no-store" in login["Cache-Control"] and "public" not in login["Cache-Control"]


def test_previews_are_private(client, site_content, editor):
    client.force_login(editor)
    park = site_content["park"]
    response = client.get(f"/admin/pages/{park.pk}/edit/preview/")
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


# --- Anonymous full-page cache ---------------------------------------------------------------


def test_the_page_cache_is_off_by_default(client, site_content):
    client.get("/parks/")
    assert "X-Page-Cache" not in client.get("/parks/")


def test_a_cached_page_is_served_without_queries(
    client, site_content, page_cache, django_assert_num_queries
):
    assert client.get("/parks/")["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = client.get("/parks/")
    assert response["X-Page-Cache"] == "hit"
    assert "Cedar Point" in response.content.decode()
    assert directives(response) == {"public", "max-age=60"}
    assert response["X-Request-ID"]


@pytest.mark.redis
def test_a_kept_page_costs_one_redis_round_trip(client, site_content, page_cache):
    """Without a copy of its own, a process reads the content version and the page together
    (MGET)."""
    page_cache.PAGE_CACHE_LOCAL_BYTES = 0
    client.get("/parks/")
    response, commands = redis_commands(lambda: client.get("/parks/"))
    assert response["X-Page-Cache"] == "hit"
    assert commands == {"mget": 1}


def test_a_page_kept_under_an_older_content_version_is_not_served(client, site_content, page_cache):
    from operations.cache import bump_content_version

    assert client.get("/parks/")["X-Page-Cache"] == "miss"
    bump_content_version()
    assert client.get("/parks/")["X-Page-Cache"] == "miss"
    assert client.get("/parks/")["X-Page-Cache"] == "hit"


def test_the_page_cache_varies_on_query_string_and_htmx_headers(client, site_content, page_cache):
    full = client.get("/parks/")
    fragment = client.get("/parks/", **HTMX_RESULTS)
    assert fragment["X-Page-Cache"] == "miss"
    assert b"<html" in full.content and b"<html" not in fragment.content
    assert client.get("/parks/", **HTMX_RESULTS).content == fragment.content
    assert client.get("/parks/?status=demolished")["X-Page-Cache"] == "miss"
    assert b"Cedar Point" not in client.get("/parks/?status=demolished").content


def test_logged_in_users_never_get_or_fill_the_page_cache(client, site_content, page_cache, editor):
    client.get("/parks/")
    client.force_login(editor)
    response = client.get("/parks/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    anonymous = Client()
    assert anonymous.get(site_content["park"].url)["X-Page-Cache"] == "miss"


def test_publishing_and_unpublishing_invalidate_the_page_cache(client, site_content, page_cache):
    park = site_content["park"]
    client.get(park.url)
    assert client.get(park.url)["X-Page-Cache"] == "hit"

    park.title = "Cedar Point Resort"
    park.save_revision().publish()
    response = client.get(park.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Cedar Point Resort" in response.content.decode()

    site_content["flat"].unpublish()
    assert "Calypso" not in client.get(park.url).content.decode()


# --- Fragment caching on listing and park pages ----------------------------------------------


def test_park_page_fragments_are_cached_and_refreshed_on_publish(client, site_content):
    from rides.factories import RidePageFactory

    park = site_content["park"]
    with CaptureQueriesContext(connection) as cold:
        client.get(park.url)
    with CaptureQueriesContext(connection) as warm:
        client.get(park.url)
    assert len(warm.captured_queries) < len(cold.captured_queries)

    maverick = RidePageFactory(parent=park, title="Maverick", slug="maverick", live=False)
    assert "Maverick" not in client.get(park.url).content.decode()
    maverick.save_revision().publish()
    assert "Maverick" in client.get(park.url).content.decode()


def test_park_list_fragment_is_refreshed_when_a_park_is_published(client, site_content, park_index):
    from parks.factories import ParkPageFactory

    client.get("/parks/")
    kings = ParkPageFactory(
        parent=park_index, title="Kings Island", slug="kings-island", live=False
    )
    kings.save_revision().publish()
    assert "Kings Island" in client.get("/parks/").content.decode()


def test_a_listing_and_its_htmx_fragment_share_one_fragment_cache(client, site_content):
    """The results partial holds the cache tag, so the full page warms the htmx response."""
    from parks.models import ParkPage

    park = site_content["park"]
    url = "/parks/?country=US"
    client.get(url)  # the full page fills the fragment cache
    # A change that bypasses publishing (so the content version stays) shows whether the
    # fragment came from the cache.
    ParkPage.objects.filter(pk=park.pk).update(title="Renamed Behind The Cache")
    response = client.get(url, **HTMX_RESULTS)
    assert b"<html" not in response.content
    assert park.title.encode() in response.content
    assert b"Renamed Behind The Cache" not in response.content
    assert b"Renamed Behind The Cache" in client.get(url + "&page=1", **HTMX_RESULTS).content


def test_fragment_caches_are_skipped_in_previews(client, site_content):
    """A change that bypasses publishing stays hidden from readers (the fragment is cached)
    but shows at once in a preview, which never reads or fills fragment caches."""

    from wagtail.models import Page

    park = site_content["park"]
    client.get(park.url)  # fill the fragment caches
    Page.objects.filter(pk=site_content["flat"].pk).update(title="Calypso Renamed")
    assert Page.objects.get(pk=site_content["flat"].pk).title == "Calypso Renamed"
    assert "Calypso Renamed" not in client.get(park.url).content.decode()

    preview = park.make_preview_request()  # Wagtail's own preview path, middleware included
    assert "no-store" in preview["Cache-Control"] and "public" not in preview["Cache-Control"]
    assert "Calypso Renamed" in preview.content.decode()


# --- Frontend cache (CDN) purging ------------------------------------------------------------


def test_publishing_a_ride_purges_its_park_the_park_list_and_home(
    site_content, settings, httpserver
):
    """A real HTTP purger: pytest-httpserver records the PURGE requests Wagtail sends."""
    from werkzeug import Response

    httpserver.expect_request("", method="PURGE").respond_with_response(Response("ok"))
    httpserver.no_handler_status_code = 200
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": httpserver.url_for("/"),
        }
    }
    coaster = site_content["coaster"]
    coaster.save_revision().publish()

    purged = {(request.method, request.path) for request, _ in httpserver.log}
    expected = {
        "/",
        "/parks/",
        "/parks/cedar-point/",
        "/parks/cedar-point/millennium-force/",
    }
    assert purged == {("PURGE", path) for path in expected}
    assert {request.headers["Host"] for request, _ in httpserver.log} == {"localhost"}


def test_frontend_cache_backends_come_from_the_environment(monkeypatch):
    from thrillwiki.settings.frontend_cache import frontend_cache_backends

    assert frontend_cache_backends() == {}
    monkeypatch.setenv("FRONTEND_CACHE_HTTP_URLS", "http://varnish-1:6081, http://varnish-2:6081")
    monkeypatch.setenv("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID", "zone123")
    monkeypatch.setenv("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN", "token")
    monkeypatch.setenv("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID", "E123")
    backends = frontend_cache_backends()
    assert [b["LOCATION"] for k, b in backends.items() if k.startswith("http")] == [
        "http://varnish-1:6081",
        "http://varnish-2:6081",
    ]
    assert backends["cloudflare"]["ZONEID"] == "zone123"
    assert backends["cloudfront"]["DISTRIBUTION_ID"] == "E123"


def test_page_links_read_the_site_root_paths_once_per_content_version(
    client, site_content, request
):
    """Wagtail reads its table of site roots from the cache for the first link of every
    request; the worker keeps it until the next publish instead."""
    ride = site_content["coaster"]
    ride_url, park_url = ride.url, site_content["park"].url
    reads = request.getfixturevalue("site_root_path_reads")  # after the URLs above
    html = client.get(ride_url).content.decode()
    assert client.get(ride_url).content.decode() == html
    assert client.get(park_url).status_code == 200
    assert len(reads) == 1
    ride.save_revision().publish()
    reads.clear()
    assert client.get(ride_url).status_code == 200
    assert len(reads) == 1
