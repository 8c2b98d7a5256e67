"""Each web process keeps its own copies of the pages it served from the page cache: a hit
then reads only the content version from Redis, never a page a publish replaced, and never
for longer than the page is kept in Redis."""

import pytest
from django.test import RequestFactory

from operations import local_copies
from operations.local_copies import copies
from operations.middleware import AnonymousPageCacheMiddleware
from thrillwiki.testing import redis_commands

pytestmark = pytest.mark.django_db


@pytest.mark.redis
def test_a_page_this_process_served_is_read_again_without_its_bytes(
    client, site_content, page_cache
):
    """A process that served a kept page holds a copy: the next hit reads only the content
    version (one GET of a few bytes), and another process reads the page from Redis."""
    first = client.get("/parks/")
    response, commands = redis_commands(lambda: client.get("/parks/"))
    assert response["X-Page-Cache"] == "hit" and commands == {"get": 1}
    assert response.content == first.content
    copies.clear()  # as a process that has not served it yet
    response, commands = redis_commands(lambda: client.get("/parks/"))
    assert response["X-Page-Cache"] == "hit" and commands == {"mget": 1}
    assert response.content == first.content


def test_no_process_serves_its_copy_after_a_publish(client, site_content, page_cache):
    park = site_content["park"]
    assert client.get(park.url)["X-Page-Cache"] == "miss"
    assert client.get(park.url)["X-Page-Cache"] == "hit"
    park.title = "Cedar Point Shores"
    park.save_revision().publish()
    response = client.get(park.url)
    assert response["X-Page-Cache"] == "miss"
    assert b"Cedar Point Shores" in response.content


def test_a_copy_lives_no_longer_than_the_page_in_the_cache(
    client, site_content, page_cache, monkeypatch
):
    client.get("/parks/")
    assert len(copies) == 1
    later = local_copies.now() + page_cache.PAGE_CACHE_SECONDS + 1
    monkeypatch.setattr(local_copies, "now", lambda: later)
    assert copies.get(AnonymousPageCacheMiddleware.key(RequestFactory().get("/parks/"))) is None
    assert len(copies) == 0


def test_the_copies_stay_within_their_bound_dropping_the_least_recently_served(settings):
    settings.PAGE_CACHE_LOCAL_BYTES = 3 * (local_copies.OVERHEAD_BYTES + 1000)
    deadline = local_copies.now() + 60

    def kept(body_bytes):
        return ("version", 200, [], b"x" * body_bytes, {}, deadline)

    for key in ("a", "b", "c"):
        copies.put(key, kept(1000), deadline)
    assert copies.get("a") is not None  # served: "b" is now the least recently served
    copies.put("d", kept(1000), deadline)
    assert copies.get("b") is None
    assert all(copies.get(key) is not None for key in ("a", "c", "d"))
    assert copies.bytes <= settings.PAGE_CACHE_LOCAL_BYTES
    copies.put("huge", kept(settings.PAGE_CACHE_LOCAL_BYTES), deadline)
    assert copies.get("huge") is None and len(copies) == 3
