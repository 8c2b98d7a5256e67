"""/stats/: counts of parks and rides, each chart an accessible SVG with a table beside it."""

import re

import pytest

from records.charts import bar_chart
from records.tests.factories_data import build_coasters, uncached_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def coasters(park_index):
    return build_coasters(park_index)


def table(html, key):
    """{label: count} of one census table."""
    section = html.split(f'id="{key}-heading"', 1)[1].split("</section>", 1)[0]
    body = section.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = re.findall(r'<th scope="row">(?:<a [^>]*>)?([^<]+)(?:</a>)?</th><td>(\d+)</td>', body)
    return {label: int(count) for label, count in rows}


def test_parks_and_rides_counted_by_country_continent_category_and_status(client, coasters):
    html = client.get("/stats/").content.decode()
    assert table(html, "parks-country") == {"United States of America": 2, "Germany": 1}
    assert table(html, "parks-continent") == {"Europe": 1, "North America": 2}
    assert table(html, "rides-country") == {"United States of America": 7, "Germany": 1}
    assert table(html, "rides-category") == {"Roller coaster": 7, "Flat ride": 1}
    assert table(html, "rides-status") == {"Operating": 6, "Relocated": 1, "Demolished": 1}
    assert table(html, "rides-decade") == {"1980s": 1, "1990s": 3, "2000s": 2, "2010s": 2}
    assert table(html, "parks-decade") == {"1870s": 3}
    assert '<a href="/new/1995/">1995</a>' in html


def test_filters_narrow_every_count(client, coasters):
    html = client.get("/stats/?continent=europe").content.decode()
    assert table(html, "parks-country") == {"Germany": 1}
    assert table(html, "rides-category") == {"Roller coaster": 1}
    html = client.get("/stats/?category=flat_ride").content.decode()
    assert table(html, "rides-category") == {"Flat ride": 1}
    assert table(html, "rides-country") == {"United States of America": 1}


def test_each_chart_is_an_accessible_svg_without_inline_styles(client, coasters):
    html = client.get("/stats/").content.decode()
    charts = re.findall(r"<svg[^>]*>.*?</svg>", html, flags=re.S)
    assert len(charts) == 10  # four park breakdowns, six ride breakdowns
    for chart in charts:
        assert 'role="img"' in chart and "<title id=" in chart and "<desc id=" in chart
        assert "style=" not in chart
    assert "style=" not in html.split("<main", 1)[1]


def test_bars_scale_to_the_largest_and_keep_the_largest_groups():
    chart = bar_chart([("a", 10), ("b", 5), ("c", 1), ("d", 0)], max_bars=3)
    assert [(bar.label, bar.width) for bar in chart.bars] == [("a", 360), ("b", 180), ("c", 36)]
    assert chart.truncated and chart.total_rows == 4


def test_bad_filters_never_fail_the_page_and_htmx_gets_the_partial(client, coasters):
    assert client.get("/stats/?continent=mars&category=spaceship").status_code == 200
    response = client.get(
        "/stats/?continent=europe", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="census-results"
    )
    assert "<html" not in response.content.decode()
    assert response["HX-Push-Url"] == "/stats/?continent=europe"


def test_query_count_does_not_grow_with_the_data(client, park_index):
    build_coasters(park_index)
    small = uncached_queries(client, "/stats/")
    build_coasters(park_index)
    assert uncached_queries(client, "/stats/") == small <= 16
