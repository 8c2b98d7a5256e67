"""HEAD answers wherever GET does, TRACE is refused, OPTIONS has no body, an invalid Host is a
warning without a traceback, and documents carry no `Content-Encoding: None`."""

import logging

import pytest

pytestmark = pytest.mark.django_db


def readable_urls(content):
    return [
        "/search/?q=cedar",
        "/search/autocomplete/?q=ced",
        "/robots.txt",
        "/healthz",
        "/readyz",
        "/sitemap.xml",
        content["park"].url,
    ]


def test_head_answers_200_with_no_body_wherever_get_does(client, site_content):
    for url in readable_urls(site_content):
        get = client.get(url)
        head = client.head(url)
        assert get.status_code == 200, url
        assert head.status_code == 200, url
        assert head.content == b"", url
        assert head["Content-Type"] == get["Content-Type"], url


def test_trace_is_refused_on_every_page(client, site_content):
    coaster = site_content["coaster"]
    for url in (
        f"/companies/{coaster.manufacturer.slug}/",
        "/ride-models/hyper-coaster/",
        "/sitemap.xml",
        coaster.url,
    ):
        response = client.generic("TRACE", url)
        assert response.status_code == 405, url
        assert response.content == b""
        assert "TRACE" not in response["Allow"]


def test_options_lists_the_methods_without_a_page_body(client, site_content):
    response = client.options("/ride-models/hyper-coaster/")
    assert response.status_code == 200
    assert response.content == b""
    assert response["Allow"] == "GET, HEAD, POST, OPTIONS"


def test_an_invalid_host_is_a_warning_without_a_traceback(client, caplog):
    with caplog.at_level(logging.INFO):
        response = client.get("/parks/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "understand that request" in response.content.decode()
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.levelname for r in problems] == ["WARNING"]
    assert "evil.example" in problems[0].getMessage()
    assert all(record.exc_info is None for record in caplog.records)


def test_a_document_download_has_no_content_encoding_none(admin_client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Park map", file=ContentFile(b"map", name="park-map.txt")
    )
    response = admin_client.get(document.url)
    assert response.status_code == 200
    assert "Content-Encoding" not in response
    assert b"".join(response.streaming_content) == b"map"
