"""A ride page shows its facts, statistics in metric and imperial, and its links."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from companies.factories import DesignerFactory, ManufacturerFactory
from images.factories import ImageFactory
from parks.factories import ParkAreaFactory, ParkPageFactory
from rides.factories import CoasterPageFactory, RideModelFactory, RidePageFactory
from rides.units import metric_and_imperial
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def ride(park_index):
    park = ParkPageFactory(parent=park_index, title="Cedar Point", slug="cedar-point")
    intamin = ManufacturerFactory(name="Intamin", slug="intamin")
    model = RideModelFactory(manufacturer=intamin, name="Giga Coaster", slug="intamin-giga")
    return CoasterPageFactory(
        parent=park,
        title="Millennium Force",
        slug="millennium-force",
        park_area=ParkAreaFactory(park=park, name="Frontier Trail"),
        manufacturer=intamin,
        designer=DesignerFactory(name="Werner Stengel", slug="werner-stengel"),
        ride_model=model,
        opening_date="2000-05-13",
        launch_type="cable_lift",
        length_m="2010.2",
        max_vertical_angle_deg="80",
        trains=3,
        min_height_cm=122,
        capacity_per_hour=1600,
        duration_s=140,
        hero_image=ImageFactory(),
    )


def test_statistics_table_in_metric_and_imperial(client, ride):
    html = client.get(ride.url).content.decode()
    for expected in ("94.5 m", "310 ft", "91.4 m", "300 ft", "2,010.2 m", "6,595 ft", "150 km/h"):
        assert expected in html
    assert "93.2 mph" in html
    assert "Cable lift" in html and "80°" in html


def test_kind_of_coaster_is_described_apart_from_the_measurements(client, ride):
    section = client.get(ride.url).content.decode().split('id="stats-title"', 1)[1]
    kind, table = section.split('<table class="stats-table">', 1)
    assert "Cable lift" in kind
    assert "Track material" in kind and "Track material" not in table
    assert "Cable lift" not in table and "Height" in table
    assert "1,600 riders per hour" in client.get(ride.url).content.decode()


def test_numbers_follow_the_site_language(client, ride, settings):
    settings.LANGUAGE_CODE = "de"
    html = client.get(ride.url).content.decode()
    assert "2.010,2 m" in html and "6.595 ft" in html


def test_facts_link_to_park_area_manufacturer_designer_and_model(client, ride):
    html = client.get(ride.url).content.decode()
    assert 'href="/parks/cedar-point/"' in html
    assert "Frontier Trail" in html
    assert 'href="/companies/intamin/"' in html
    assert 'href="/companies/werner-stengel/"' in html
    assert 'href="/ride-models/intamin-giga/"' in html
    assert "122 cm (48 in)" in html
    assert "2 min 20 s" in html


def test_closed_ride_shows_its_closing_date(client, park_index):
    park = ParkPageFactory(parent=park_index)
    ride = RidePageFactory(
        parent=park,
        status="closed_permanently",
        opening_date="1991-01-01",
        closing_date="2016-09-05",
    )
    html = client.get(ride.url).content.decode()
    assert "Closed permanently" in html and "5 September 2016" in html


def test_non_coaster_has_no_statistics_table(client, park_index):
    ride = RidePageFactory(parent=ParkPageFactory(parent=park_index), category="dark_ride")
    assert "stats-table" not in client.get(ride.url).content.decode()


def test_tourist_attraction_json_ld(client, ride):
    html = client.get(ride.url).content.decode()
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "TouristAttraction"
    assert data["containedInPlace"]["name"] == "Cedar Point"


def test_ride_page_query_count_is_bounded(client, ride):
    # The view restrictions, the route (pages by url_path, then the ride with its companies,
    # model, area and images), relocations (rides.history), sources, the gallery (3).
    assert count_queries(client, ride.url) <= 8


def test_company_and_ride_model_pages_list_their_rides(client, ride):
    html = client.get("/companies/intamin/").content.decode()
    assert "Millennium Force" in html and "Giga Coaster" in html
    html = client.get("/ride-models/intamin-giga/").content.decode()
    assert "Millennium Force" in html
    assert client.get("/companies/no-such-company/").status_code == 404
    assert client.get("/ride-models/no-such-model/").status_code == 404


def test_ride_model_page_names_the_maker_specs_and_each_installations_park(
    client, ride, park_index, django_assert_max_num_queries
):
    six_flags = ParkPageFactory(parent=park_index, title="Six Flags Great America")
    for park in (six_flags, ParkPageFactory(parent=park_index, title="Six Flags Over Georgia")):
        CoasterPageFactory(
            parent=park,
            title="Batman: The Ride",
            manufacturer=ride.manufacturer,
            ride_model=ride.ride_model,
            height_m="32.3",
            length_m="823.5",
        )
    # The model, a view-restriction check, the installations' count and one page of them,
    # their images and renditions (hero and listing), their parks, the specification ranges,
    # the site: none of them per row (and warm, the count and ranges are kept).
    with django_assert_max_num_queries(12):
        html = client.get("/ride-models/intamin-giga/").content.decode()
    assert "<h1>Intamin Giga Coaster</h1>" in html
    assert "<dt>Height</dt><dd>32.3–94.5 m</dd>" in html
    assert "<dt>Length</dt><dd>823.5–2,010.2 m</dd>" in html
    installations = html.split('id="installations-title"', 1)[1]
    assert installations.count("Batman: The Ride") == 2
    assert "Six Flags Great America</a>" in installations
    assert "Six Flags Over Georgia</a>" in installations
    assert "Cedar Point</a> · opened 2000" in installations


def test_a_popular_ride_models_installations_come_a_page_at_a_time(
    client, ride, park_index, monkeypatch
):
    """However many parks installed a model, its page shows one page of them, with the total
    and links to the others; a page number past the end shows the last page."""
    monkeypatch.setattr("rides.views.INSTALLATIONS_PER_PAGE", 2)
    for name in ("Alpha Park", "Beta Park"):
        CoasterPageFactory(
            parent=ParkPageFactory(parent=park_index, title=name),
            title=f"Giga at {name}",
            manufacturer=ride.manufacturer,
            ride_model=ride.ride_model,
        )
    first = client.get("/ride-models/intamin-giga/").content.decode()
    assert "3 installations" in first
    assert first.count('<li class="ride-row">') == 2
    assert "Page 1 of 2" in first and 'rel="next" href="?page=2"' in first
    last = client.get("/ride-models/intamin-giga/", {"page": "99"}).content.decode()
    assert last.count('<li class="ride-row">') == 1 and "Page 2 of 2" in last
    assert client.get("/ride-models/intamin-giga/", {"page": "x"}).status_code == 200


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        ("94.5", "m", "94.5 m (310 ft)"),
        ("0", "m", "0 m (0 ft)"),
        ("120", "km/h", "120 km/h (74.6 mph)"),
        (122, "cm", "122 cm (48 in)"),
        (None, "m", ""),
    ],
)
def test_metric_and_imperial(value, unit, expected):
    assert metric_and_imperial(value, unit) == expected


def test_a_ride_models_installations_are_rendered_once_per_publish(client, ride, park_index):
    """The second reader of a ride model's page gets its installations without loading them
    (nor their images); a ride published since is on the page at once."""
    client.get("/ride-models/intamin-giga/")
    with CaptureQueriesContext(connection) as again:
        html = client.get("/ride-models/intamin-giga/").content.decode()
    assert "Millennium Force" in html.split('id="installations-title"', 1)[1]
    assert not [q for q in again.captured_queries if "wagtailimages" in q["sql"]]
    # Nor counts them or spans their figures again: both read every installation.
    grown = [q for q in again.captured_queries if re.search(r"COUNT\(|MIN\(", q["sql"])]
    assert grown == [] and "1 installation" in html

    new = CoasterPageFactory(
        parent=ParkPageFactory(parent=park_index, title="Other Park"),
        title="Second Giga",
        manufacturer=ride.manufacturer,
        ride_model=ride.ride_model,
    )
    new.save_revision().publish()
    html = client.get("/ride-models/intamin-giga/").content.decode()
    assert "Second Giga" in html and "2 installations" in html


def test_a_ride_page_seen_again_reads_no_row_and_a_publish_shows_at_once(client, ride):
    """Like a park page: kept per content version, new on the next view after a publish."""
    assert count_queries(client, ride.url) == 0
    ride.intro = "Opened in 2000 as the first giga coaster."
    ride.save_revision().publish()
    assert "the first giga coaster." in client.get(ride.url).content.decode()
