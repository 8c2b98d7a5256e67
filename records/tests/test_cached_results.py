"""A records or census page whose results and filter choices are cached makes no query."""

import pytest

from records.tests.factories_data import build_coasters
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/records/?stat=height", "/stats/"])
def test_a_cached_results_fragment_and_its_country_choices_cost_no_query(client, park_index, url):
    build_coasters(park_index)
    html = client.get(url).content.decode()
    assert count_queries(client, url) == 0
    assert client.get(url).content.decode() == html
