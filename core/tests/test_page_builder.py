"""One page builder: a fact the builder learns reaches the pages of every writer.

The demo loader, the benchmark generator and the factories all turn facts into park and ride
fields through `parks.builders` and `rides.builders`, so teaching the builder a field is the
only edit a new field needs.
"""

import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command

from bench.datagen import plan_dataset, write_dataset
from companies.factories import ManufacturerFactory
from core.builders import date
from home.demo import data
from parks.builders import PARK_FACTS, park_fields
from parks.factories import ParkPageFactory
from parks.models import ParkPage
from rides.builders import RIDE_FACTS, ride_fields
from rides.factories import RidePageFactory
from rides.models import RidePage

pytestmark = pytest.mark.django_db

CHECKED = "2026-03-01"


def checked(name, value, refs):
    """A new fact, `checked`: the day a page's facts were last checked, kept in
    `last_verified`. Its name is no model field, so only the builder can place it."""
    return date("last_verified", value, refs)


@pytest.fixture
def builder_learns_checked(monkeypatch):
    """The one edit: the builder's fact tables learn `checked`; no writer changes."""
    monkeypatch.setitem(PARK_FACTS, "checked", checked)
    monkeypatch.setitem(RIDE_FACTS, "checked", checked)


def demo_pages():
    """load_demo, cut down to one real park and one of its rides, both carrying the new fact."""
    park = next(item for item in data.PARKS if item["title"] == "Cedar Point")
    ride = next(item for item in data.RIDES if item["slug"] == "millennium-force")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(data, "PARKS", [{**park, "checked": CHECKED}])
        patch.setattr(data, "RIDES", [{**ride, "checked": CHECKED}])
        patch.setattr(data, "RIDE_LINKS", [])
        call_command("load_demo", "--no-accounts", stdout=None)
    return ParkPage.objects.get(slug="cedar-point"), RidePage.objects.get(slug="millennium-force")


def generated_pages():
    """The benchmark generator's bulk writer, with the new fact in its plan."""
    plan = plan_dataset(parks=1, rides=2, seed=7, images=1)
    plan.parks[0]["checked"] = CHECKED
    plan.rides[0]["checked"] = CHECKED
    write_dataset(plan)
    park = ParkPage.objects.get(slug=plan.parks[0]["slug"])
    return park, RidePage.objects.child_of(park).get(slug=plan.rides[0]["slug"])


def factory_pages(park_index):
    """The factories, given the new fact as a declaration."""
    park = ParkPageFactory(parent=park_index, checked=CHECKED)
    return park, RidePageFactory(parent=park, checked=CHECKED)


@pytest.mark.usefixtures("builder_learns_checked")
@pytest.mark.parametrize("writer", ["demo", "generator", "factories"])
def test_a_fact_added_to_the_builder_reaches_pages_from_every_writer(writer, park_index):
    pages = {
        "demo": demo_pages,
        "generator": generated_pages,
        "factories": lambda: factory_pages(park_index),
    }[writer]()
    for page in pages:
        assert page.last_verified == datetime.date(2026, 3, 1), (writer, page)


def test_demo_style_facts_become_typed_fields():
    """ISO dates at year precision, floats as exact decimals, former names one per line."""
    fields = park_fields(
        {
            "title": "Cedar Point",
            "opening_date": "1870-01-01",
            "closing_date": None,
            "latitude": 41.4822,
            "former_names": ["Cedar Point Pleasure Resort", "Cedar Point Resort"],
            "featured": True,
        }
    )
    assert fields == {
        "title": "Cedar Point",
        "opening_date": datetime.date(1870, 1, 1),
        "opening_date_precision": "year",
        "latitude": Decimal("41.4822"),
        "former_names": "Cedar Point Pleasure Resort\nCedar Point Resort",
    }


def test_an_explicit_precision_wins_and_unknown_facts_keep_the_model_default():
    fields = ride_fields(
        {"opening_date": datetime.date(1999, 1, 1), "opening_date_precision": "day"}
    )
    assert fields == {"opening_date": datetime.date(1999, 1, 1), "opening_date_precision": "day"}
    assert "height_m" not in ride_fields({"height_m": None})


def test_companies_resolve_by_name_and_an_unknown_name_fails_loudly():
    intamin = ManufacturerFactory(name="Intamin")
    companies = {"Intamin": intamin}
    assert ride_fields({"manufacturer": "Intamin"}, companies=companies) == {
        "manufacturer": intamin
    }
    assert ride_fields({"manufacturer": intamin}) == {"manufacturer": intamin}
    with pytest.raises(KeyError):
        ride_fields({"designer": "Nobody GmbH"}, companies=companies)
