"""Fill-ins: a page whose view renders its per-reader values as placeholders is kept by the
page cache for every anonymous reader and filled in for each; anything that would put one
reader's value in the kept copy keeps it out of the cache instead."""

import pytest
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.template import engines
from django.test import Client
from django.urls import include, path
from django.views.decorators.cache import never_cache

from operations import fill_ins

pytestmark = pytest.mark.django_db

GREETING = "test-greeting"
FORM = engines["django"].from_string(
    '<form method="post">{% csrf_token %}<p>{{ greeting }}</p><p>{{ title }}</p></form>'
)


@never_cache
def form_view(request):
    names = [name for name in (fill_ins.CSRF_FILL_IN, GREETING) if fill_ins.is_registered(name)]
    kept_copy = fill_ins.placeholders(request, *names) or {}
    context = {"title": request.GET.get("page", "")}
    if fill_ins.CSRF_FILL_IN in kept_copy:
        context["csrf_token"] = kept_copy[fill_ins.CSRF_FILL_IN]
    context["greeting"] = kept_copy.get(GREETING, "hello, reader")
    return HttpResponse(FORM.render(context, request))


@never_cache
def leaky_view(request):
    """Asks for placeholders, then renders a real CSRF token as well."""
    kept_copy = fill_ins.placeholders(request, fill_ins.CSRF_FILL_IN)
    return HttpResponse(f"{kept_copy[fill_ins.CSRF_FILL_IN]} {get_token(request)}")


def missing_view(request):
    """Asks for placeholders, then finds nothing to show."""
    fill_ins.placeholders(request, fill_ins.CSRF_FILL_IN)
    raise Http404("no such form")


urlpatterns = [
    path("fill-ins/form/", form_view),
    path("fill-ins/leaky/", leaky_view),
    path("fill-ins/missing/", missing_view),
    path("", include("thrillwiki.urls")),
]


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 60
    settings.ROOT_URLCONF = __name__
    return settings


@pytest.fixture
def greeting(monkeypatch):
    """A fill-in whose value is the reader's address: a different value for every reader."""
    monkeypatch.setitem(
        fill_ins._fillers, GREETING, lambda request: f"hello, {request.META['REMOTE_ADDR']}"
    )


def test_each_reader_gets_their_own_values_from_one_kept_copy(page_cache, greeting):
    first = Client().get("/fill-ins/form/", REMOTE_ADDR="192.0.2.1")
    second = Client().get("/fill-ins/form/", REMOTE_ADDR="192.0.2.2")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert b"hello, 192.0.2.1" in first.content and b"hello, 192.0.2.2" in second.content
    assert b"fill-in-" not in first.content + second.content
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_a_page_that_renders_a_real_token_is_filled_but_never_kept(page_cache):
    for _ in range(2):
        response = Client().get("/fill-ins/leaky/")
        assert "X-Page-Cache" not in response
        assert b"fill-in-" not in response.content
        assert "no-store" in response["Cache-Control"]


def test_a_page_that_fails_after_asking_gets_no_csrf_cookie(page_cache):
    response = Client().get("/fill-ins/missing/")
    assert response.status_code == 404
    assert "csrftoken" not in response.cookies and "X-Page-Cache" not in response


def test_text_that_looks_like_a_placeholder_is_left_alone(page_cache):
    """Placeholders are random for each kept copy: page content cannot name one."""
    Client().get("/fill-ins/form/?page=x")
    title = "fill-in-csrf-token-000000000000000000000000"
    response = Client().get(f"/fill-ins/form/?page={title}")
    assert title.encode() in response.content


def test_a_kept_copy_whose_fill_in_is_gone_is_rendered_again(page_cache, greeting, monkeypatch):
    assert Client().get("/fill-ins/form/")["X-Page-Cache"] == "miss"
    monkeypatch.delitem(fill_ins._fillers, GREETING)
    response = Client().get("/fill-ins/form/")
    assert response["X-Page-Cache"] == "miss"
    assert b"hello, reader" in response.content


def test_with_csrf_in_the_session_no_page_is_kept_with_fill_ins(page_cache):
    page_cache.CSRF_USE_SESSIONS = True
    for _ in range(2):
        response = Client().get("/fill-ins/form/")
        assert "X-Page-Cache" not in response
        assert b"fill-in-" not in response.content
