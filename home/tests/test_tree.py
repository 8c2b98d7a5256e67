"""The page tree is Home → Parks index → Park → Ride, and nothing else."""

import pytest

from home.models import HomePage
from parks.factories import ParkPageFactory
from parks.models import ParkIndexPage, ParkPage
from rides.models import RidePage

pytestmark = pytest.mark.django_db


def test_a_ride_can_only_be_created_under_a_park(home_page, park_index):
    park = ParkPageFactory(parent=park_index)
    assert RidePage.can_create_at(park)
    assert not RidePage.can_create_at(park_index)
    assert not RidePage.can_create_at(home_page)


def test_a_park_can_only_be_created_under_the_park_index(home_page, park_index):
    assert ParkPage.can_create_at(park_index)
    assert not ParkPage.can_create_at(home_page)


def test_rides_have_no_children_and_parks_hold_only_rides():
    assert RidePage.allowed_subpage_models() == []
    assert ParkPage.allowed_subpage_models() == [RidePage]
    assert ParkIndexPage.allowed_subpage_models() == [ParkPage]
    assert HomePage.allowed_subpage_models() == [ParkIndexPage]


def test_there_is_one_home_page_and_one_park_index(home_page, park_index):
    assert not HomePage.can_create_at(home_page.get_parent())
    assert not ParkIndexPage.can_create_at(home_page)
    assert park_index.url == "/parks/"
