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


def routing_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [q["sql"] for q in queries if '"url_path" IN' in q["sql"]]


def test_a_route_is_found_once_per_publish_and_every_change_is_seen_at_once(client, park_index):
    park = ParkPageFactory(parent=park_index, title="Cedar Point", slug="cedar-point")
    ride = CoasterPageFactory(parent=park, title="Magnum XL-200", slug="magnum")
    assert routing_queries(client, ride.url)[1]  # the first visitor looks the pages up
    response, routing = routing_queries(client, ride.url)
    assert response.status_code == 200 and not routing  # the next one is served the route kept

    ride.title = "Magnum XL-200 (renamed)"
    ride.save_revision().publish()
    response, routing = routing_queries(client, ride.url)
    assert routing and "Magnum XL-200 (renamed)" in response.content.decode()

    ride.unpublish()
    assert client.get(ride.url).status_code == 404


def test_a_moved_page_leaves_its_old_address_at_once_for_a_redirect(client, park_index):
    park = ParkPageFactory(parent=park_index, title="Cedar Point", slug="cedar-point")
    other = ParkPageFactory(parent=park_index, title="Kings Island", slug="kings-island")
    ride = CoasterPageFactory(parent=park, title="Magnum XL-200", slug="magnum")
    old_url = ride.url
    assert client.get(old_url).status_code == 200
    ride.move(other, pos="last-child")
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"].endswith("/kings-island/magnum/")
    assert client.get("/parks/kings-island/magnum/").status_code == 200


def test_editors_are_routed_from_fresh_rows(client, park_index, django_user_model):
    park = ParkPageFactory(parent=park_index, title="Cedar Point", slug="cedar-point")
    client.get(park.url)  # kept for visitors
    editor = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    client.force_login(editor)
    assert routing_queries(client, park.url)[1]
