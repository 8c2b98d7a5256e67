"""A records or census page whose results fragment is cached reads only its filter choices."""

import pytest

from records.tests.factories_data import build_coasters
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/records/?stat=height", "/stats/"])
def test_a_cached_results_fragment_costs_only_the_country_choices(client, park_index, url):
    build_coasters(park_index)
    html = client.get(url).content.decode()
    assert count_queries(client, url) == 1  # the countries with a live park, for the form
    assert client.get(url).content.decode() == html
