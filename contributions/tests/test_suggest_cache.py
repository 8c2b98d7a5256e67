"""With the page cache on, "Suggest a correction" is kept once for every anonymous reader, with
placeholders where the CSRF token and the fill stamp go, and each reader gets their own."""

import re
import types

import pytest
from django.core import signing
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import reverse

from contributions import forms
from contributions.forms import FILL_SALT, TOO_QUICK
from contributions.models import Suggestion
from operations.middleware import AnonymousPageCacheMiddleware

pytestmark = pytest.mark.django_db

HTMX_FORM = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "suggestion"}
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)"')
STAMP = re.compile(r'name="started" value="([^"]*)"')


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 60
    return settings


@pytest.fixture
def clock(monkeypatch):
    """The clock the fill stamp is read from, moved by hand (`clock.now += 10`)."""
    fake = types.SimpleNamespace(now=1_900_000_000.0)
    fake.time = lambda: fake.now
    monkeypatch.setattr(forms, "time", fake)
    return fake


def form_url(page):
    return reverse("suggest_correction", args=(page.pk,))


def token_of(response):
    return TOKEN.search(response.content.decode()).group(1)


def stamp_of(response):
    return STAMP.search(response.content.decode()).group(1)


def stamped_at(response):
    return signing.loads(stamp_of(response), salt=FILL_SALT)["t"]


def csrf_cookie(response, name="csrftoken"):
    """The CSRF cookie the response sets: (its value, its attributes but the expiry date)."""
    morsel = response.cookies[name]
    return morsel.value, {key: value for key, value in morsel.items() if key != "expires"}


def kept_copy(url, **headers):
    """What the page cache keeps for this URL: (version, status, headers, content, fill-ins)."""
    return cache.get(AnonymousPageCacheMiddleware.key(RequestFactory().get(url, **headers)))


def suggestion(response, **fields):
    """The form of `response` filled in as an honest reader would."""
    return {
        "csrfmiddlewaretoken": token_of(response),
        "started": stamp_of(response),
        "fact": "height_m",
        "value": "94.6",
        "source_url": "https://www.cedarpoint.com/",
        **fields,
    }


def test_two_readers_get_their_own_token_and_stamp_from_one_kept_copy(coaster, page_cache, clock):
    alice, bob = Client(), Client()
    first = alice.get(form_url(coaster))
    clock.now += 5
    second = bob.get(form_url(coaster))
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert token_of(first) != token_of(second)
    assert stamp_of(first) != stamp_of(second)
    secrets = [csrf_cookie(first)[0], csrf_cookie(second)[0]]
    assert secrets[0] != secrets[1]

    kept = repr(kept_copy(form_url(coaster)))
    for value in [token_of(first), token_of(second), stamp_of(first), stamp_of(second), *secrets]:
        assert value not in kept
    _, _, _, content, fill_ins, _ = kept_copy(form_url(coaster))
    assert all(placeholder.encode() in content for placeholder in fill_ins.values())


@pytest.mark.redis
def test_redis_holds_no_readers_token_or_stamp(coaster, page_cache, clock):
    """Every value in the cache's Redis database, read raw (as pickled bytes)."""
    responses = [Client().get(form_url(coaster)), Client().get(form_url(coaster), **HTMX_FORM)]
    responses += [Client().get(form_url(coaster)), Client().get(form_url(coaster), **HTMX_FORM)]
    assert [r["X-Page-Cache"] for r in responses] == ["miss", "miss", "hit", "hit"]
    redis = cache._cache.get_client()
    stored = b"".join(redis.get(key) or b"" for key in redis.scan_iter("*"))
    assert b"fill-in-csrf-token-" in stored  # the kept copies are there, with placeholders
    for response in responses:
        for value in (token_of(response), stamp_of(response), response.cookies["csrftoken"].value):
            assert value.encode() not in stored


def test_a_reader_sends_the_form_of_a_kept_page_with_csrf_checks_on(coaster, page_cache, clock):
    Client().get(form_url(coaster))  # someone else's visit keeps the page
    reader = Client(enforce_csrf_checks=True)
    page = reader.get(form_url(coaster))
    assert page["X-Page-Cache"] == "hit"
    clock.now += 60
    response = reader.post(form_url(coaster), suggestion(page))
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    assert Suggestion.objects.get().value == "94.6"


def test_the_token_of_another_readers_page_is_refused(coaster, page_cache, clock):
    someone = Client().get(form_url(coaster))
    reader = Client(enforce_csrf_checks=True)
    reader.get(form_url(coaster))
    clock.now += 60
    response = reader.post(form_url(coaster), suggestion(someone))
    assert response.status_code == 403
    assert not Suggestion.objects.exists()


def test_a_reader_without_a_csrf_cookie_gets_one_as_django_sets_it(coaster, settings, clock):
    settings.CSRF_COOKIE_NAME = "thrillwiki_csrf"
    settings.CSRF_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SAMESITE = "Strict"
    settings.CSRF_COOKIE_AGE = 3600
    _, uncached = csrf_cookie(Client().get(form_url(coaster)), "thrillwiki_csrf")
    assert uncached["secure"] and uncached["samesite"] == "Strict"
    settings.PAGE_CACHE_SECONDS = 60
    for expected in ("miss", "hit"):
        response = Client().get(form_url(coaster))
        assert response["X-Page-Cache"] == expected
        value, attributes = csrf_cookie(response, "thrillwiki_csrf")
        assert value and attributes == uncached
        assert "Cookie" in response["Vary"]


def test_a_reader_keeps_their_csrf_secret_and_a_bad_one_is_replaced(coaster, page_cache):
    Client().get(form_url(coaster))
    reader = Client(enforce_csrf_checks=True)
    secret = reader.get(form_url(coaster)).cookies["csrftoken"].value
    again = reader.get(form_url(coaster))
    assert again["X-Page-Cache"] == "hit"
    assert again.cookies["csrftoken"].value == secret  # renewed, as Django does when used

    reader.cookies["csrftoken"] = "not a secret"
    replaced = reader.get(form_url(coaster))
    assert replaced["X-Page-Cache"] == "hit"
    assert replaced.cookies["csrftoken"].value not in (secret, "not a secret")


def test_each_reader_is_stamped_when_they_get_the_kept_page(coaster, page_cache, clock):
    """The minimum fill time counts from the moment each reader got the form, not from the
    moment the page was kept: a script that posts at once is still too quick."""
    Client().get(form_url(coaster))
    clock.now += 600
    script = Client()
    page = script.get(form_url(coaster))
    assert page["X-Page-Cache"] == "hit"
    assert stamped_at(page) == int(clock.now)
    response = script.post(form_url(coaster), suggestion(page))
    assert response.status_code == 400
    assert TOO_QUICK in response.content.decode()
    clock.now += 30
    assert script.post(form_url(coaster), suggestion(page)).status_code == 200


def test_the_htmx_form_is_kept_apart_and_filled_the_same_way(coaster, page_cache, clock):
    full = Client().get(form_url(coaster))
    fragments = [Client().get(form_url(coaster), **HTMX_FORM) for _ in range(2)]
    assert [f["X-Page-Cache"] for f in fragments] == ["miss", "hit"]
    for fragment in fragments:
        body = fragment.content.decode()
        assert body.startswith('<div id="suggestion"') and "<html" not in body
        assert "fill-in-" not in body
    assert len({token_of(r) for r in [full, *fragments]}) == 3
    assert "HX-Request" in fragments[1]["Vary"] and "Cookie" in fragments[1]["Vary"]
    assert b"<html" in Client().get(form_url(coaster)).content


def test_a_kept_page_costs_no_query_and_is_never_publicly_cacheable(
    coaster, page_cache, django_assert_num_queries
):
    etag = Client().get(form_url(coaster)).get("ETag")
    with django_assert_num_queries(0):
        response = Client().get(form_url(coaster), HTTP_IF_NONE_MATCH=etag or '"x"')
    assert response.status_code == 200 and response["X-Page-Cache"] == "hit"
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"private", "no-store", "no-cache"} <= directives and "public" not in directives
    assert "Cookie" in response["Vary"]
    assert etag is None and "ETag" not in response
    assert response["Content-Length"] == str(len(response.content))


def test_a_publish_shows_at_once_and_an_unpublished_page_has_no_form(coaster, page_cache, clock):
    Client().get(form_url(coaster))
    assert Client().get(form_url(coaster))["X-Page-Cache"] == "hit"
    coaster.title = "Millennium Force II"
    coaster.save_revision().publish()
    response = Client().get(form_url(coaster))
    assert response["X-Page-Cache"] == "miss"
    assert "Suggest a correction to Millennium Force II" in response.content.decode()
    coaster.unpublish()
    assert Client().get(form_url(coaster)).status_code == 404


def test_unknown_pages_are_404_and_not_kept(park_index, page_cache):
    for url in [reverse("suggest_correction", args=(999_999,)), form_url(park_index)]:
        assert Client().get(url).status_code == 404
        assert kept_copy(url) is None


def test_editors_with_a_session_bypass_the_kept_page(coaster, page_cache, make_user):
    Client().get(form_url(coaster))
    editor = Client()
    editor.force_login(make_user("editor", superuser=True))
    response = editor.get(form_url(coaster))
    assert "X-Page-Cache" not in response
    assert "fill-in-" not in response.content.decode() and token_of(response)


def test_without_the_page_cache_the_form_holds_its_values(coaster, clock):
    response = Client().get(form_url(coaster))
    assert "X-Page-Cache" not in response and "fill-in-" not in response.content.decode()
    assert stamped_at(response) == int(clock.now)
    assert response.cookies["csrftoken"].value
