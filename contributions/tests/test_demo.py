"""The demo content cites real sources for a few famous rides."""

import pytest
from django.core.management import call_command

from rides.models import RidePage

pytestmark = pytest.mark.django_db


def test_the_demo_cites_wikipedia_for_famous_rides_and_survives_a_second_load(park_index):
    call_command("load_demo", verbosity=0)
    ride = RidePage.objects.get(slug="millennium-force")
    source = ride.sources.get()
    assert source.url == "https://en.wikipedia.org/wiki/Millennium_Force"
    assert "height_m" in source.facts
    # The editor opens the latest revision: the sources are in it too.
    assert ride.get_latest_revision_as_object().sources.count() == 1
    call_command("load_demo", verbosity=0)
    assert RidePage.objects.get(slug="millennium-force").sources.count() == 1
