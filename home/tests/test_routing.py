"""A page's URL is found through an index, so a page view costs the same on a site of any size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory

pytestmark = pytest.mark.django_db


def test_a_ride_page_is_routed_by_url_path_in_one_query(client, park_index):
    park = ParkPageFactory(parent=park_index, title="Cedar Point", slug="cedar-point")
    ride = CoasterPageFactory(parent=park, title="Magnum XL-200", slug="magnum")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(ride.url).status_code == 200
    routing = [q["sql"] for q in queries if '"url_path" IN' in q["sql"]]
    assert len(routing) == 1


def test_the_page_table_has_an_index_on_url_path(db):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert any(c["index"] and c["columns"] == ["url_path"] for c in constraints.values())
