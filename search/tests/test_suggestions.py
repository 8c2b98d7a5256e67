"""The header search's suggestions on the configured database backend: names that start with
the typed text first, A to Z, then pages with a later word that starts with it; only live,
public pages; the text matched as typed, wildcards included."""

import re

import pytest
from wagtail.models import Page, PageViewRestriction

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory, RidePageFactory
from search.autocomplete import names_starting_with

pytestmark = pytest.mark.django_db


@pytest.fixture
def cedars(park_index):
    cedar = ParkPageFactory(parent=park_index, title="Cedar Point")
    europa = ParkPageFactory(parent=park_index, title="Europa-Park", country="DE")
    RidePageFactory(parent=cedar, title="Cedar Creek Mine Ride", category="water_ride")
    CoasterPageFactory(parent=europa, title="Cedar Trail")
    CoasterPageFactory(parent=europa, title="Blue Fire")
    ParkPageFactory(parent=park_index, title="Cedar Draft", live=False)
    private = ParkPageFactory(parent=park_index, title="Cedar Secret")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return {"cedar": cedar, "europa": europa}


def suggested_names(client, text):
    html = client.get("/search/autocomplete/", {"q": text}).content.decode()
    return re.findall(r'<a href="/parks/[^"]*">([^<]+?) <span', html)


def test_names_that_start_with_the_text_come_first_then_later_words(client, cedars):
    old = RidePageFactory(parent=cedars["europa"], title="Old Cedar Coaster")
    assert suggested_names(client, "ced") == [
        "Cedar Creek Mine Ride",
        "Cedar Point",
        "Cedar Trail",
        old.title,  # a later word matches too, after the names that start with the text
    ]  # never the draft nor the private park
    assert suggested_names(client, "CEDAR p")[0] == "Cedar Point"


def test_a_wildcard_in_the_typed_text_is_matched_as_typed(client, park_index):
    fun = ParkPageFactory(parent=park_index, title="100% Fun Park")
    ParkPageFactory(parent=park_index, title="1000 Islands Park")
    pages = Page.objects.live()
    assert list(names_starting_with(pages, "100%").values_list("pk", flat=True)) == [fun.pk]
    assert not names_starting_with(pages, "10_0").exists()
    assert suggested_names(client, "100%")[0] == "100% Fun Park"
