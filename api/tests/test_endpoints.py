"""Readers of the open-data API get live, public facts, filtered and linked like the site."""

import pytest

from api.tests.conftest import names

pytestmark = pytest.mark.django_db


def test_a_list_shows_only_live_public_parks(client, catalogue):
    response = client.get("/api/v1/parks/")
    assert response.status_code == 200
    assert names(response) == ["Cedar Point", "Europa-Park"]


def test_drafts_and_rides_of_private_parks_never_appear(client, catalogue):
    every = names(client.get("/api/v1/rides/?limit=100"))
    assert "Draft Coaster" not in every
    assert "Hidden Coaster" not in every
    assert client.get("/api/v1/rides/cedar-point/draft-coaster/").status_code == 404
    assert client.get("/api/v1/parks/secret-park/").status_code == 404
    assert client.get("/api/v1/rides/secret-park/hidden-coaster/").status_code == 404


def test_an_unpublished_park_disappears_from_the_api(client, catalogue):
    catalogue["parks"]["europa"].unpublish()
    assert names(client.get("/api/v1/parks/")) == ["Cedar Point"]
    assert client.get("/api/v1/parks/europa-park/").status_code == 404


def test_a_ride_links_to_its_park_companies_and_model(client, catalogue):
    ride = client.get("/api/v1/rides/europa-park/boomerang-europa/").json()
    assert ride["park"]["api_url"] == "http://testserver/api/v1/parks/europa-park/"
    assert ride["manufacturer"]["slug"] == "vekoma"
    assert ride["model"]["api_url"] == "http://testserver/api/v1/ride-models/boomerang/"
    assert ride["url"] == "http://testserver/parks/europa-park/boomerang-europa/"
    park = client.get(ride["park"]["api_url"]).json()
    assert park["rides_api_url"] == "http://testserver/api/v1/rides/?park=europa-park"
    assert names(client.get(park["rides_api_url"])) == ["Boomerang Europa", "Carousel"]


def test_statistics_come_in_metric_and_imperial_units(client, catalogue):
    ride = client.get("/api/v1/rides/cedar-point/millennium-force/").json()
    assert ride["height_m"] == 94.5
    assert ride["height_ft"] == 310
    assert ride["speed_kmh"] == 150
    assert ride["speed_mph"] == 93.2
    assert ride["inversions"] == 0
    assert ride["identifiers"] == {"wikidata": None, "rcdb": "1904", "captain_coaster": None}


def test_parks_filter_like_the_park_list(client, catalogue):
    assert names(client.get("/api/v1/parks/?country=de")) == ["Europa-Park"]
    assert names(client.get("/api/v1/parks/?operator=cedar-fair")) == ["Cedar Point"]
    assert names(client.get("/api/v1/parks/?park_type=amusement_park")) == ["Europa-Park"]
    assert names(client.get("/api/v1/parks/?opened_before=1900")) == ["Cedar Point"]
    assert names(client.get("/api/v1/parks/?wikidata=Q1052415")) == ["Cedar Point"]


def test_rides_filter_by_company_model_park_and_kind(client, catalogue):
    assert names(client.get("/api/v1/rides/?manufacturer=intamin")) == ["Millennium Force"]
    assert names(client.get("/api/v1/rides/?designer=werner-stengel")) == ["Millennium Force"]
    assert names(client.get("/api/v1/rides/?model=boomerang")) == ["Boomerang Europa"]
    assert names(client.get("/api/v1/rides/?park=cedar-point")) == [
        "Magnum XL-200",
        "Millennium Force",
    ]
    assert names(client.get("/api/v1/rides/?category=flat_ride")) == ["Carousel"]
    assert names(client.get("/api/v1/rides/?status=closed_permanently")) == ["Boomerang Europa"]
    assert names(client.get("/api/v1/rides/?rcdb=1904")) == ["Millennium Force"]


def test_rides_filter_by_statistic_ranges_and_years(client, catalogue):
    assert names(client.get("/api/v1/rides/?height_m__gte=60&ordering=-height_m")) == [
        "Millennium Force",
        "Magnum XL-200",
    ]
    assert names(client.get("/api/v1/rides/?speed_kmh__lte=100")) == ["Boomerang Europa"]
    assert names(client.get("/api/v1/rides/?inversions__gte=1")) == ["Boomerang Europa"]
    assert names(client.get("/api/v1/rides/?opened_after=1999")) == [
        "Carousel",
        "Millennium Force",
    ]
    assert names(client.get("/api/v1/rides/?closed_before=1991")) == ["Boomerang Europa"]


def test_rides_sort_by_a_statistic_with_missing_values_last(client, catalogue):
    assert names(client.get("/api/v1/rides/?ordering=height_m")) == [
        "Boomerang Europa",
        "Magnum XL-200",
        "Millennium Force",
        "Carousel",
    ]
    # Same opening day: the older record first, so the order is total.
    assert names(client.get("/api/v1/rides/?ordering=-opened"))[:2] == [
        "Millennium Force",
        "Carousel",
    ]


def test_text_search_goes_through_the_site_search(client, catalogue):
    assert names(client.get("/api/v1/rides/?q=millennium")) == ["Millennium Force"]
    assert names(client.get("/api/v1/parks/?q=europa")) == ["Europa-Park"]


def test_companies_and_models_are_listed_once_a_live_page_uses_them(client, catalogue):
    companies = names(client.get("/api/v1/companies/"))
    assert companies == ["Arrow Dynamics", "Cedar Fair", "Intamin", "Vekoma", "Werner Stengel"]
    assert names(client.get("/api/v1/companies/?role=designer")) == ["Werner Stengel"]
    company = client.get("/api/v1/companies/intamin/").json()
    assert names(client.get(company["rides_api_url"])) == ["Millennium Force"]
    assert names(client.get("/api/v1/ride-models/?manufacturer=vekoma")) == ["Boomerang"]
    model = client.get("/api/v1/ride-models/boomerang/").json()
    assert names(client.get(model["rides_api_url"])) == ["Boomerang Europa"]


def _walk(client, url, direction="next"):
    pages = []
    while url:
        body = client.get(url).json()
        pages.append([item["name"] for item in body["results"]])
        url = body[direction]
    return pages


@pytest.mark.parametrize("ordering", ["name", "-name", "height_m", "-height_m", "-opened"])
def test_cursor_pages_walk_every_ride_once_forwards_and_back(client, catalogue, ordering):
    everything = names(client.get(f"/api/v1/rides/?ordering={ordering}&limit=100"))
    forwards = _walk(client, f"/api/v1/rides/?ordering={ordering}&limit=1")
    assert [name for page in forwards for name in page] == everything
    last = client.get(f"/api/v1/rides/?ordering={ordering}&limit=1")
    while last.json()["next"]:
        last = client.get(last.json()["next"])
    assert last.json()["next"] is None
    backwards = _walk(client, last.json()["previous"], "previous")
    assert [name for page in reversed(backwards) for name in page] == everything[:-1]


def test_a_cursor_survives_a_newly_published_ride(client, catalogue):
    first = client.get("/api/v1/rides/?limit=2").json()
    from rides.factories import RidePageFactory

    RidePageFactory(parent=catalogue["parks"]["cedar"], title="Aaa Kiddie Ride", slug="aaa")
    second = client.get(first["next"]).json()
    assert [ride["name"] for ride in second["results"]] == ["Magnum XL-200", "Millennium Force"]


def test_the_entry_point_links_to_every_list_and_the_docs(client, catalogue):
    index = client.get("/api/v1/").json()
    assert index["rides"] == "http://testserver/api/v1/rides/"
    assert client.get(index["docs"]).status_code == 200
    assert client.get(index["openapi"]).json()["info"]["title"] == "ThrillWiki open data API"
    assert client.get(index["downloads"]).status_code == 200


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("track_material=steel&category=roller_coaster", 3),
        ("track_material=wood", 0),
        ("coaster_type=sit_down", 1),
        ("launch_type=chain_lift", 1),
        ("captain_coaster=boomerang-europa", 1),
        ("closed_after=1985", 1),
        ("opened_before=1985", 1),
        ("length_m__gte=2000&drop_m__lte=100", 3),
        ("q=zzzzz", 0),
    ],
)
def test_every_ride_filter_narrows_the_list(client, catalogue, query, expected):
    response = client.get(f"/api/v1/rides/?{query}")
    assert response.status_code == 200
    assert len(response.json()["results"]) == expected


def test_companies_and_models_filter_by_country_and_category(client, catalogue):
    assert len(names(client.get("/api/v1/companies/?country=us"))) == 5
    assert names(client.get("/api/v1/companies/?country=de")) == []
    assert names(client.get("/api/v1/companies/?q=veko")) == ["Vekoma"]
    assert names(client.get("/api/v1/ride-models/?category=roller_coaster")) == ["Boomerang"]
    assert names(client.get("/api/v1/ride-models/?category=dark_ride")) == []
