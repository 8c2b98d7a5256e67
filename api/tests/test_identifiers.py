"""Parks, rides and companies point at the same thing in Wikidata, RCDB and Captain Coaster."""

import json
import re

import pytest
from django.core.exceptions import ValidationError

from companies.factories import ManufacturerFactory
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory

pytestmark = pytest.mark.django_db


def json_ld(response):
    match = re.search(rb'<script type="application/ld\+json">(.*?)</script>', response.content)
    return json.loads(match.group(1))


def test_identifiers_in_the_wrong_format_are_field_errors(park_index):
    park = ParkPageFactory.build(wikidata_id="1052415", rcdb_id="R12")
    with pytest.raises(ValidationError) as error:
        park.full_clean(exclude=["path", "depth", "slug", "operator", "content_type"])
    assert set(error.value.message_dict) >= {"wikidata_id", "rcdb_id"}
    ride = CoasterPageFactory.build(captain_coaster_slug="Millennium Force")
    with pytest.raises(ValidationError) as error:
        ride.full_clean(exclude=["path", "depth", "slug", "manufacturer", "content_type"])
    assert "captain_coaster_slug" in error.value.message_dict


def test_a_park_links_to_its_counterparts_and_names_them_in_json_ld(client, park_index):
    park = ParkPageFactory(
        parent=park_index,
        slug="cedar-point",
        wikidata_id="Q1052415",
        rcdb_id="4529",
        website="https://www.cedarpoint.com/",
    )
    response = client.get(park.url)
    assert b'href="https://www.wikidata.org/wiki/Q1052415"' in response.content
    assert b'href="https://rcdb.com/4529.htm"' in response.content
    assert json_ld(response)["sameAs"] == [
        "https://www.cedarpoint.com/",
        "https://www.wikidata.org/wiki/Q1052415",
        "https://rcdb.com/4529.htm",
    ]


def test_a_ride_links_to_captain_coaster(client, park_index):
    park = ParkPageFactory(parent=park_index)
    ride = CoasterPageFactory(parent=park, captain_coaster_slug="millennium-force")
    response = client.get(ride.url)
    link = "https://captaincoaster.com/en/coasters/millennium-force"
    assert f'href="{link}"'.encode() in response.content
    assert json_ld(response)["sameAs"] == [link]


def test_a_page_without_identifiers_has_no_links_or_same_as(client, park_index):
    ride = CoasterPageFactory(parent=ParkPageFactory(parent=park_index))
    response = client.get(ride.url)
    assert b"Elsewhere" not in response.content
    assert "sameAs" not in json_ld(response)


def test_a_company_page_links_to_wikidata(client, park_index):
    maker = ManufacturerFactory(name="Intamin", slug="intamin", wikidata_id="Q683962")
    CoasterPageFactory(parent=ParkPageFactory(parent=park_index), manufacturer=maker)
    response = client.get("/companies/intamin/")
    assert b'href="https://www.wikidata.org/wiki/Q683962"' in response.content
    assert client.get("/api/v1/companies/?wikidata=Q683962").json()["results"][0]["name"] == (
        "Intamin"
    )
