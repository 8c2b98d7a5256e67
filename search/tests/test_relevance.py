"""Relevance on PostgreSQL's full-text backend (the fallback in production, and the default
without Elasticsearch): names outrank mentions, and former and company names find rides."""

import pytest

from companies.factories import ManufacturerFactory
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory, RidePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def park(park_index):
    return ParkPageFactory(parent=park_index, title="Kings Island", city="Mason")


def titles(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return [page.title for page in response.context["page_obj"].object_list]


def test_exact_name_beats_a_mention_in_the_body(client, park):
    RidePageFactory(
        parent=park,
        title="Flight of Fear",
        intro="Next to the Beast, this launched coaster hides in a hangar.",
    )
    RidePageFactory(
        parent=park,
        title="Diamondback",
        intro="Faster than the Beast? Riders argue about it.",
    )
    CoasterPageFactory(parent=park, title="The Beast", intro="A wooden coaster in the woods.")
    assert titles(client, q="Beast")[0] == "The Beast"


def test_former_name_finds_the_ride(client, park):
    RidePageFactory(parent=park, title="Drop Tower", former_names="Drop Zone: Stunt Tower")
    RidePageFactory(parent=park, title="Zephyr")
    assert titles(client, q="Stunt Tower") == ["Drop Tower"]


def test_manufacturer_name_finds_its_rides(client, park):
    bm = ManufacturerFactory(name="Bolliger & Mabillard", slug="bolliger-mabillard")
    CoasterPageFactory(parent=park, title="Banshee", manufacturer=bm)
    CoasterPageFactory(parent=park, title="Diamondback", manufacturer=bm)
    CoasterPageFactory(parent=park, title="Mystic Timbers")
    assert set(titles(client, q="Mabillard")) == {"Banshee", "Diamondback"}


def test_trigram_suggestions_for_a_misspelt_name(client, park):
    CoasterPageFactory(parent=park, title="Orion")
    CoasterPageFactory(parent=park, title="Diamondback")
    response = client.get("/search/", {"q": "Diamondbak"})
    assert response.context["outcome"].total == 0
    assert response.context["suggestions"][0] == "Diamondback"
