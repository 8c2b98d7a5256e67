"""Pages travel gzipped to browsers that accept it (a park page's HTML is ~50 KB, mostly photo
URLs, and a phone on a slow network waits for every byte before the first paint), and plain to
clients that do not ask for it."""

import gzip

import pytest

from parks.factories import ParkPageFactory

pytestmark = pytest.mark.django_db


def test_a_page_is_gzipped_for_a_browser_that_accepts_it_also_from_the_page_cache(
    client, park_index
):
    park = ParkPageFactory(parent=park_index, title="Cedar Point")
    for _ in range(2):  # the second answer comes from the anonymous page cache
        response = client.get(park.url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"]
        html = gzip.decompress(response.content).decode()
        assert "<h1" in html and "Cedar Point" in html


def test_a_client_that_does_not_ask_for_gzip_gets_plain_html(client, park_index):
    response = client.get("/parks/")
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
    assert b"<!doctype html>" in response.content


def test_a_browser_revalidating_a_gzipped_page_gets_304_not_modified(client, park_index):
    first = client.get("/parks/", HTTP_ACCEPT_ENCODING="gzip")
    assert first["Content-Encoding"] == "gzip" and first["ETag"].startswith('W/"')
    again = client.get("/parks/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_api_answers_are_sent_as_they_are(client, park_index):
    response = client.get("/api/v1/parks/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
    assert response.json()["results"] == []
