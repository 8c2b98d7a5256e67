"""/records/: the top coasters per statistic and the record holders, on hand-checked data."""

import re

import pytest

from records.tests.factories_data import build_coasters, uncached_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def coasters(park_index):
    return build_coasters(park_index)


def ranked(html):
    """[(rank, ride title)] of the top-list table."""
    table = html.split("<h2>Top", 1)[1].split("</table>", 1)[0]
    return re.findall(r"<td>(\d+)</td>\s*<th scope=\"row\"><a [^>]*>([^<]+)</a>", table)


def holders(html):
    table = html.split("record holders through time</h2>", 1)[1].split("</table>", 1)[0]
    return re.findall(r"<th scope=\"row\"><a [^>]*>([^<]+)</a>", table)


def test_operating_coasters_by_height_with_ties_sharing_a_rank(client, coasters):
    html = client.get("/records/?stat=height").content.decode()
    assert ranked(html) == [("1", "Twin A"), ("1", "Twin B"), ("3", "Moved"), ("4", "Wooden")]
    assert "Of 5 coasters operating, 4 have a height." in html


def test_unknown_heights_are_left_out_and_closed_rides_join_on_request(client, coasters):
    html = client.get("/records/?stat=height&status=all").content.decode()
    # The relocated ride counts once, under its current page; the flat ride never counts.
    assert ranked(html) == [
        ("1", "Tall"),
        ("2", "Twin A"),
        ("2", "Twin B"),
        ("4", "Moved"),
        ("5", "Wooden"),
    ]
    assert "Of 6 coasters, 5 have a height." in html
    assert "Unknown" not in html.split("<h2>Top", 1)[1]


def test_record_holders_through_time_newest_first(client, coasters):
    html = client.get("/records/?stat=height").content.decode()
    # 1985 Moved (80) · 1995 Tall (120) · closed 2005: back to Twin A (94, opened before
    # Twin B, whose tie does not take the record).
    assert holders(html) == ["Twin A", "Tall", "Moved (first home)"]


def test_as_of_a_year_ranks_the_rides_operating_then(client, coasters):
    html = client.get("/records/?stat=height&year=2001").content.decode()
    assert [title for _, title in ranked(html)] == [
        "Tall",
        "Twin A",
        "Moved (first home)",
        "Wooden",
    ]


def test_filters_by_track_country_and_continent(client, coasters):
    assert ranked(client.get("/records/?track_material=wood").content.decode()) == [("1", "Wooden")]
    html = client.get("/records/?continent=europe&stat=height").content.decode()
    assert ranked(html) == [("1", "Wooden")]
    html = client.get("/records/?country=US&status=all").content.decode()
    assert "Wooden" not in html.split("<h2>Top", 1)[1]


def test_bad_filters_are_dropped_with_a_field_error_never_a_server_error(client, coasters):
    response = client.get("/records/?stat=weight&year=99999&continent=atlantis&country=XX")
    assert response.status_code == 200
    html = response.content.decode()
    assert "filters__error" in html
    assert ranked(html)[0] == ("1", "Twin A")


def test_htmx_request_gets_only_the_results_with_a_shareable_url(client, coasters):
    response = client.get(
        "/records/?stat=speed&status=all&bogus=1",
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="records-results",
    )
    html = response.content.decode()
    assert "<html" not in html and "Top 50 by top speed" in html
    assert response["HX-Push-Url"] == "/records/?stat=speed&status=all"


def test_page_has_canonical_url_description_and_breadcrumbs(client, coasters):
    html = client.get("/records/?stat=drop&bogus=1").content.decode()
    assert '<link rel="canonical" href="http://testserver/records/?stat=drop">' in html
    assert '<meta name="description"' in html
    assert 'aria-label="Breadcrumb"' in html


@pytest.mark.parametrize("url", ["/records/?stat=height", "/records/?stat=height&status=all"])
def test_query_count_does_not_grow_with_the_data(client, park_index, url):
    build_coasters(park_index)
    small = uncached_queries(client, url)
    build_coasters(park_index)  # twice the rides, parks and relocations
    assert uncached_queries(client, url) == small <= 12


def test_results_are_cached_until_something_is_published(client, coasters):
    url = "/records/?stat=height"
    assert ranked(client.get(url).content.decode())[0] == ("1", "Twin A")
    wooden = coasters["wooden"]
    wooden.height_m = "130"
    wooden.save_revision().publish()
    assert ranked(client.get(url).content.decode())[0] == ("1", "Wooden")
