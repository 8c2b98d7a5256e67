"""The /parks/ list: filters, sorting, pagination, htmx partials and a fixed query count."""

import pytest

from companies.factories import OperatorFactory
from images.factories import ImageFactory
from parks.factories import ParkPageFactory
from parks.models import LISTING_PAGE_SIZE, ParkStatus, ParkType
from rides.factories import CoasterPageFactory, RidePageFactory
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "park-results"}


@pytest.fixture
def parks(park_index):
    six_flags = OperatorFactory(name="Six Flags", slug="six-flags")
    cedar_point = ParkPageFactory(
        parent=park_index, title="Cedar Point", slug="cedar-point", country="US"
    )
    CoasterPageFactory(parent=cedar_point, title="Millennium Force")
    RidePageFactory(parent=cedar_point, title="Snake River Falls", category="water_ride")
    return {
        "cedar_point": cedar_point,
        "magic_mountain": ParkPageFactory(
            parent=park_index, title="Six Flags Magic Mountain", country="US", operator=six_flags
        ),
        "europa": ParkPageFactory(
            parent=park_index, title="Europa-Park", country="DE", park_type=ParkType.THEME_PARK
        ),
        "geauga": ParkPageFactory(
            parent=park_index,
            title="Geauga Lake",
            country="US",
            status=ParkStatus.CLOSED_PERMANENTLY,
            park_type=ParkType.AMUSEMENT_PARK,
        ),
    }


def titles(response):
    return [park.title for park in response.context["parks"]]


def test_lists_every_live_park_with_ride_counts(client, parks):
    response = client.get("/parks/")
    assert response.status_code == 200
    assert titles(response) == [
        "Cedar Point",
        "Europa-Park",
        "Geauga Lake",
        "Six Flags Magic Mountain",
    ]
    cedar_point = response.context["parks"][0]
    assert (cedar_point.ride_count, cedar_point.coaster_count) == (2, 1)
    assert b"2 rides" in response.content and b"1 coaster" in response.content


def test_drafts_are_not_listed(client, park_index, parks):
    ParkPageFactory(parent=park_index, title="Secret Park", live=False)
    assert "Secret Park" not in titles(client.get("/parks/"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=DE", ["Europa-Park"]),
        ("status=closed_permanently", ["Geauga Lake"]),
        ("park_type=amusement_park", ["Geauga Lake"]),
        ("operator=six-flags", ["Six Flags Magic Mountain"]),
        ("country=US&status=operating", ["Cedar Point", "Six Flags Magic Mountain"]),
    ],
)
def test_filters(client, parks, query, expected):
    assert titles(client.get(f"/parks/?{query}")) == expected


def test_sorting(client, parks):
    assert titles(client.get("/parks/?sort=-name"))[0] == "Six Flags Magic Mountain"
    assert titles(client.get("/parks/?sort=rides"))[0] == "Cedar Point"


@pytest.mark.parametrize(
    "query",
    [
        "country=XX",
        "status=exploded",
        "operator=no-such-company",
        "sort=DROP TABLE",
        "page=banana",
        "page=9999",
        "country=%00",
        "park_type=" + "x" * 5000,
    ],
)
def test_invalid_filter_values_are_ignored_not_errors(client, parks, query):
    response = client.get(f"/parks/?{query}")
    assert response.status_code == 200
    assert len(titles(response)) >= 1


def test_a_valid_filter_still_applies_beside_an_invalid_one(client, parks):
    assert titles(client.get("/parks/?country=DE&status=exploded")) == ["Europa-Park"]


def test_htmx_request_gets_only_the_results_partial(client, parks):
    response = client.get("/parks/?country=DE", **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="results__count"' in html and 'id="park-results"' not in html
    assert "<html" not in html and "Europa-Park" in html
    assert "HX-Request" in response["Vary"]


def test_normal_request_gets_the_full_page_with_a_plain_get_form(client, parks):
    html = client.get("/parks/?country=DE").content.decode()
    assert "<html" in html and 'id="park-results"' in html
    assert 'method="get"' in html and 'data-hx-get="/parks/"' in html
    assert '<option value="DE" selected>' in html


def test_pagination_keeps_the_filters(client, park_index):
    for n in range(LISTING_PAGE_SIZE + 1):
        ParkPageFactory(parent=park_index, title=f"Park {n:02d}", country="FR")
    response = client.get("/parks/?country=FR")
    assert len(response.context["parks"]) == LISTING_PAGE_SIZE
    assert "?country=FR&amp;page=2" in response.content.decode()
    assert len(client.get("/parks/?country=FR&page=2").context["parks"]) == 1


PARK_LIST_MAX_QUERIES = 4


def test_query_count_does_not_grow_with_the_number_of_parks(client, park_index):
    def add_parks(count):
        for _ in range(count):
            park = ParkPageFactory(parent=park_index, hero_image=ImageFactory())
            CoasterPageFactory(parent=park)

    add_parks(5)
    five = count_queries(client, "/parks/")
    add_parks(15)
    twenty = count_queries(client, "/parks/")
    assert five == twenty <= PARK_LIST_MAX_QUERIES
    assert count_queries(client, "/parks/?country=US", **HTMX) <= PARK_LIST_MAX_QUERIES


def test_htmx_response_pushes_a_clean_shareable_url(client, parks):
    response = client.get("/parks/?country=DE&status=&park_type=&operator=&sort=bogus", **HTMX)
    assert response["HX-Push-Url"] == "/parks/?country=DE"
    assert "HX-Push-Url" not in client.get("/parks/?country=DE")


def test_a_filter_form_seen_before_loads_no_choice_list(client, parks, monkeypatch):
    """The country and operator lists grow with the data; the form's HTML is kept per query
    string and content version, so a reader who asks again costs no list at all (unless a
    list's own value has to be checked)."""
    from parks.forms import ParkFilterForm

    first = client.get("/parks/?status=operating")
    assert b'<option value="six-flags">Six Flags</option>' in first.content

    read = []
    offered = ParkFilterForm.offered

    def recording(form, name):
        read.append(name)
        return offered(form, name)

    monkeypatch.setattr(ParkFilterForm, "offered", recording)
    again = client.get("/parks/?status=operating")
    assert again.status_code == 200
    assert b'<option value="six-flags">Six Flags</option>' in again.content
    assert titles(again) == ["Cedar Point", "Europa-Park", "Six Flags Magic Mountain"]
    assert read == []

    client.get("/parks/?country=US")  # its form HTML is kept from now on
    read.clear()
    by_country = client.get("/parks/?country=US")
    assert titles(by_country) == ["Cedar Point", "Geauga Lake", "Six Flags Magic Mountain"]
    assert set(read) == {"country"}  # checking a country never reads the operator list
