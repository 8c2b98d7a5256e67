"""A ride's search document names its park and place, and building many costs one query."""

import pytest

from parks.factories import ParkPageFactory
from rides.factories import RidePageFactory
from rides.models import RidePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def cedar_point(park_index):
    park = ParkPageFactory(
        parent=park_index, title="Cedar Point", city="Sandusky", region="Ohio", country="US"
    )
    for name in ("Millennium Force", "Magnum XL-200", "Steel Vengeance"):
        RidePageFactory(parent=park, title=name)
    return park


def test_a_ride_is_found_by_its_park_and_place(cedar_point):
    ride = RidePage.objects.get(title="Millennium Force")  # one ride saved on its own
    assert ride.park_label == "Cedar Point Sandusky, Ohio, United States of America"


def test_indexing_many_rides_reads_their_parks_in_the_same_query(
    cedar_point, django_assert_num_queries
):
    """update_index reads rides in chunks from get_indexed_objects(): no query per ride."""
    with django_assert_num_queries(1):
        labels = {ride.title: ride.park_label for ride in RidePage.get_indexed_objects()}
    label = "Cedar Point Sandusky, Ohio, United States of America"
    assert labels == dict.fromkeys(("Millennium Force", "Magnum XL-200", "Steel Vengeance"), label)


def test_a_draft_ride_stays_out_of_the_index(cedar_point):
    draft = RidePageFactory(parent=cedar_point, title="Top Thrill 2", live=False)
    assert not RidePage.get_indexed_objects().filter(pk=draft.pk).exists()
