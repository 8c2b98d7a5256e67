"""A ride moved to another park keeps one chain of pages; a replacement names its predecessor."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moved(park_index):
    """A coaster that ran at one park, closed, and reopened at another under a new name."""
    old_park = ParkPageFactory(parent=park_index, title="Old Park", slug="old-park")
    new_park = ParkPageFactory(parent=park_index, title="New Park", slug="new-park")
    before = CoasterPageFactory(
        parent=old_park,
        title="Batman: The Ride",
        slug="batman",
        status="relocated",
        opening_date=datetime.date(2003, 4, 12),
        closing_date=datetime.date(2005, 8, 21),
    )
    after = CoasterPageFactory(
        parent=new_park,
        title="Goliath",
        slug="goliath",
        opening_date=datetime.date(2008, 5, 1),
        relocated_from=before,
    )
    return before, after


def test_both_pages_of_a_relocated_ride_link_to_each_other(client, moved):
    before, after = moved
    old_html = client.get(before.url).content.decode()
    new_html = client.get(after.url).content.decode()
    assert "Moved to" in old_html and f'href="{after.url}"' in old_html and "New Park" in old_html
    assert "Relocated from" in new_html and f'href="{before.url}"' in new_html
    assert "Old Park" in new_html


def test_a_replacement_names_the_ride_it_replaced_and_the_old_page_names_its_successor(
    client, park_index
):
    park = ParkPageFactory(parent=park_index)
    old = CoasterPageFactory(parent=park, title="Nemesis", slug="nemesis", status="demolished")
    new = CoasterPageFactory(parent=park, title="Nemesis Reborn", slug="reborn", replaces=old)
    assert "Replaces" in client.get(new.url).content.decode()
    html = client.get(old.url).content.decode()
    assert "Replaced by" in html and f'href="{new.url}"' in html


def test_a_draft_successor_is_not_linked_from_the_public_page(client, moved):
    before, after = moved
    after.unpublish()
    assert "Moved to" not in client.get(before.url).content.decode()


def test_a_ride_cannot_be_relocated_from_or_replace_itself(moved):
    _, after = moved
    after.relocated_from = after
    after.replaces = after
    with pytest.raises(ValidationError) as error:
        after.full_clean()
    assert set(error.value.message_dict) >= {"relocated_from", "replaces"}
