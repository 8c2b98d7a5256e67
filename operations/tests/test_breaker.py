"""A hung Redis costs one timeout per outage window, not one per cache call: the circuit
breaker is shared by every alias on that server (page cache, fragments, renditions)."""

import time

import pytest
from django.core.cache import caches

from operations.cache import RedisBreaker

pytestmark = pytest.mark.django_db


def test_after_one_timeout_every_alias_skips_the_hung_redis(redis_hung):
    cache = caches["default"]
    start = time.monotonic()
    assert cache.get("park-facts", "miss") == "miss"  # pays one socket timeout
    assert time.monotonic() - start < 1.0
    assert cache.breaker_open

    start = time.monotonic()
    for number in range(200):
        cache.set(f"fragment-{number}", "x")
        assert cache.get(f"fragment-{number}") is None
    assert caches["renditions"].get("rendition", "miss") == "miss"
    assert time.monotonic() - start < 0.2


@pytest.mark.redis
def test_while_open_redis_is_skipped_and_after_the_window_it_is_used_again():
    cache = caches["default"]
    cache.set("park-facts", "cached")
    RedisBreaker.trip(cache.breaker_key)  # as a timeout would
    try:
        assert cache.get("park-facts") is None
        RedisBreaker._open_until[cache.breaker_key] = time.monotonic()  # the window is over
        assert cache.get("park-facts") == "cached"
        assert not cache.breaker_open
    finally:
        RedisBreaker.reset()


def test_pages_render_quickly_with_redis_hung(client, site_content, redis_hung, settings):
    settings.PAGE_CACHE_SECONDS = 60
    client.get(site_content["park"].url)  # the first call opens the breaker
    start = time.monotonic()
    for url in ("/", "/parks/", site_content["park"].url, site_content["coaster"].url):
        assert client.get(url).status_code == 200, url
    assert time.monotonic() - start < 2.0


@pytest.mark.redis
def test_when_redis_comes_back_cached_pages_are_invalidated():
    """A restriction saved during the outage could not bump the content version; the first
    successful call after the outage bumps it, so pages cached before it are never served."""
    from operations.cache import content_version

    cache = caches["default"]
    before = content_version()
    RedisBreaker.trip(cache.breaker_key)  # an outage: writes in this window are dropped
    RedisBreaker._open_until[cache.breaker_key] = time.monotonic()  # the window is over
    try:
        cache.get("anything")  # Redis answers again
        assert content_version() != before
    finally:
        RedisBreaker.reset()
