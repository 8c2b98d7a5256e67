"""A small catalogue of parks, rides and companies that the API tests read."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from companies.factories import DesignerFactory, ManufacturerFactory, OperatorFactory
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory, RideModelFactory, RidePageFactory


@pytest.fixture
def catalogue(park_index):
    """Two public parks, one private park, coasters with statistics, a flat ride and a draft."""
    cedar_fair = OperatorFactory(name="Cedar Fair", slug="cedar-fair")
    intamin = ManufacturerFactory(name="Intamin", slug="intamin")
    vekoma = ManufacturerFactory(name="Vekoma", slug="vekoma")
    werner = DesignerFactory(name="Werner Stengel", slug="werner-stengel")
    boomerang = RideModelFactory(manufacturer=vekoma, name="Boomerang", slug="boomerang")
    cedar_point = ParkPageFactory(
        parent=park_index,
        title="Cedar Point",
        slug="cedar-point",
        operator=cedar_fair,
        country="US",
        opening_date=datetime.date(1870, 6, 1),
        wikidata_id="Q1052415",
    )
    europa = ParkPageFactory(
        parent=park_index,
        title="Europa-Park",
        slug="europa-park",
        operator=None,
        country="DE",
        opening_date=datetime.date(1975, 7, 12),
        park_type="amusement_park",
    )
    secret = ParkPageFactory(parent=park_index, title="Secret Park", slug="secret-park")
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    rides = {
        "millennium": CoasterPageFactory(
            parent=cedar_point,
            title="Millennium Force",
            slug="millennium-force",
            manufacturer=intamin,
            designer=werner,
            height_m="94.5",
            speed_kmh="150.0",
            inversions=0,
            opening_date=datetime.date(2000, 5, 13),
            rcdb_id="1904",
        ),
        "magnum": CoasterPageFactory(
            parent=cedar_point,
            title="Magnum XL-200",
            slug="magnum-xl-200",
            manufacturer=ManufacturerFactory(name="Arrow Dynamics", slug="arrow-dynamics"),
            height_m="62.5",
            speed_kmh="116.0",
            inversions=0,
            opening_date=datetime.date(1989, 5, 6),
            coaster_type="sit_down",
            launch_type="chain_lift",
        ),
        "boomerang": CoasterPageFactory(
            parent=europa,
            title="Boomerang Europa",
            slug="boomerang-europa",
            manufacturer=vekoma,
            ride_model=boomerang,
            height_m="35.5",
            speed_kmh="75.6",
            inversions=3,
            opening_date=datetime.date(1984, 1, 1),
            closing_date=datetime.date(1990, 1, 1),
            status="closed_permanently",
            captain_coaster_slug="boomerang-europa",
        ),
        "carousel": RidePageFactory(parent=europa, title="Carousel", slug="carousel"),
        "hidden": CoasterPageFactory(parent=secret, title="Hidden Coaster", slug="hidden-coaster"),
    }
    draft = CoasterPageFactory(
        parent=cedar_point,
        title="Draft Coaster",
        slug="draft-coaster",
        live=False,
        manufacturer=intamin,
        height_m="120.0",
    )
    return {"parks": {"cedar": cedar_point, "europa": europa}, "rides": rides, "draft": draft}


def names(response):
    return [item["name"] for item in response.json()["results"]]
