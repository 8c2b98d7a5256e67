"""Errors get pages in the site's style; htmx requests get a small fragment with the status;
the 500 page renders with the database and the cache down."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from operations import errors
from operations.tests.conftest import database_unreachable

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "park-results"}


@pytest.fixture
def broken_site(settings, client):
    settings.ROOT_URLCONF = "operations.tests.urls"
    client.raise_request_exception = False
    return client


def test_404_is_the_styled_page(client, park_index):
    response = client.get("/parks/no-such-park/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We couldn’t find that page" in html
    assert "css/thrillwiki.css" in html and 'class="site-header"' in html


def test_htmx_404_gets_a_fragment_with_the_status_code(client, park_index):
    response = client.get("/parks/no-such-park/", **HTMX)
    assert response.status_code == 404
    html = response.content.decode().strip()
    assert html.startswith('<div class="htmx-error" role="alert" data-status="404">')
    assert "Error 404" in html and "<html" not in html and "<body" not in html
    assert "data-error-message" in html


def test_500_is_the_styled_page_with_a_reference(broken_site):
    response = broken_site.get("/broken/", HTTP_X_REQUEST_ID="ref-500-0000001")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html and "css/thrillwiki.css" in html
    assert "ref-500-0000001" in html


def test_htmx_500_gets_a_fragment(broken_site):
    response = broken_site.get("/broken/", **HTMX)
    assert response.status_code == 500
    assert response.content.decode().startswith('<div class="htmx-error"')
    assert b'data-status="500"' in response.content


def test_500_renders_with_the_database_and_the_cache_down(broken_site, redis_down):
    with database_unreachable():
        response = broken_site.get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html and 'class="error-page"' in html


def test_500_falls_back_to_static_html_when_templates_fail(broken_site, settings):
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [], "APP_DIRS": False}]
    response = broken_site.get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "<h1>Something went wrong</h1>" in html
    assert "style=" not in html and "<script" not in html  # the CSP forbids both


def test_400_for_a_bad_host_is_the_styled_page(client):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "We couldn’t understand that request" in response.content.decode()


def test_403_is_the_styled_page(broken_site):
    response = broken_site.get("/forbidden/")
    assert response.status_code == 403
    assert "You can’t do that here" in response.content.decode()
    assert broken_site.get("/forbidden/", **HTMX).content.startswith(b'<div class="htmx-error"')


def test_csrf_failure_is_a_friendly_page(client):
    from django.test import Client

    get_user_model().objects.create_user("editor", password="a-long-password-1")
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/admin/login/", {"username": "editor", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Please reload the page and try again" in html
    assert "css/thrillwiki.css" in html


def test_csrf_failure_on_htmx_is_a_fragment(client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/admin/login/", {"username": "x"}, **HTMX)
    assert response.status_code == 403
    assert response.content.decode().startswith('<div class="htmx-error"')


@override_settings(DEBUG=False)
def test_server_error_page_renders_and_falls_back(rf):
    response = errors.server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
    with override_settings(TEMPLATES=[]):
        response = errors.server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
