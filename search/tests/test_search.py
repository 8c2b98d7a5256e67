"""The first search page: live parks and rides only, and no input ever causes a 500."""

import pytest

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(park_index):
    park = ParkPageFactory(parent=park_index, title="Cedar Point", intro="On Lake Erie.")
    CoasterPageFactory(parent=park, title="Millennium Force")
    ParkPageFactory(parent=park_index, title="Cedar Draft", live=False)


def test_finds_live_parks_and_rides(client, content):
    html = client.get("/search/", {"q": "Cedar"}).content.decode()
    assert "Cedar Point" in html and "Cedar Draft" not in html
    assert "Millennium Force" in client.get("/search/", {"q": "Millennium"}).content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "x" * 10_000,
        '"unbalanced',
        '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /',
        "Cedar\x00Point",
        "ميلينيوم فورس",
        "🎢🎢🎢",
    ],
)
def test_awkward_queries_never_fail(client, content, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200


def test_search_page_is_not_indexed_by_robots(client):
    assert '<meta name="robots" content="noindex">' in client.get("/search/").content.decode()


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Millennium   Force ", "Millennium Force"),
        ('"Top Thrill" 2', "Top Thrill 2"),
        ("Cedar\x00Point", "Cedar Point"),
        ("Six Flags - Magic Mountain", "Six Flags Magic Mountain"),
        ("Europa-Park", "Europa-Park"),
        ("x" * 500, "x" * 200),
        ("🎢 Taron", "🎢 Taron"),
    ],
)
def test_normalise_query(raw, clean):
    from search.query import normalise_query

    assert normalise_query(raw) == clean
