"""A park page shows its facts, areas, rides by category with a filter, and its gallery."""

import json
import re

import pytest

from images.factories import ImageFactory
from parks.factories import ParkAreaFactory, ParkPageFactory
from parks.models import ParkGalleryImage
from rides.factories import CoasterPageFactory, RidePageFactory
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def park(park_index):
    park = ParkPageFactory(
        parent=park_index,
        title="Cedar Point",
        slug="cedar-point",
        former_names="Cedar Point Pleasure Resort",
        opening_date="1870-06-01",
        hero_image=ImageFactory(),
    )
    frontier = ParkAreaFactory(park=park, name="Frontier Town")
    CoasterPageFactory(parent=park, title="Millennium Force", park_area=frontier)
    CoasterPageFactory(parent=park, title="Mean Streak", status="closed_permanently")
    RidePageFactory(parent=park, title="Snake River Falls", category="water_ride")
    ParkGalleryImage.objects.create(page=park, image=ImageFactory(), caption="The midway")
    return park


def test_facts_box_shows_status_dates_operator_and_map_link(client, park):
    html = client.get("/parks/cedar-point/").content.decode()
    assert "Operating" in html
    assert "1 June 1870" in html
    assert park.operator.name in html and park.operator.get_absolute_url() in html
    assert "Sandusky, Ohio, United States of America" in html
    assert "https://www.openstreetmap.org/?mlat=41.482200&amp;mlon=-82.683500" in html
    assert "Formerly Cedar Point Pleasure Resort" in html
    assert "3 (2 roller coasters)" in html


def test_rides_are_grouped_by_category_with_key_statistics(client, park):
    response = client.get("/parks/cedar-point/")
    groups = dict(response.context["ride_groups"])
    assert [r.title for r in groups["Roller coaster"]] == ["Mean Streak", "Millennium Force"]
    assert [r.title for r in groups["Water ride"]] == ["Snake River Falls"]
    html = response.content.decode()
    assert "94.5 m (310 ft)" in html and "150 km/h (93.2 mph)" in html
    assert "Frontier Town" in html


def test_ride_filter_by_category_and_status(client, park):
    response = client.get("/parks/cedar-point/?category=roller_coaster&status=operating")
    assert [r.title for _, rides in response.context["ride_groups"] for r in rides] == [
        "Millennium Force"
    ]


def test_ride_filter_htmx_request_gets_the_partial(client, park):
    response = client.get(
        "/parks/cedar-point/?category=water_ride",
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="ride-results",
    )
    html = response.content.decode()
    assert "<html" not in html and 'id="ride-results"' not in html
    assert "Snake River Falls" in html and "Millennium Force" not in html


def test_unknown_ride_filter_values_are_ignored(client, park):
    response = client.get("/parks/cedar-point/?category=teleporter&status=%00")
    assert response.status_code == 200
    assert sum(len(rides) for _, rides in response.context["ride_groups"]) == 3


def test_gallery_and_credits(client, park):
    html = client.get("/parks/cedar-point/").content.decode()
    assert "The midway" in html
    assert "Test Photographer · CC BY 4.0" in html


def test_seo_tags_and_amusement_park_json_ld(client, park):
    html = client.get("/parks/cedar-point/").content.decode()
    assert '<link rel="canonical" href="http://localhost/parks/cedar-point/">' in html
    assert '<meta property="og:title" content="Cedar Point">' in html
    assert '<meta name="description" content="A park on a peninsula.">' in html
    assert 'property="og:image"' in html
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "AmusementPark"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 41.4822, "longitude": -82.6835}
    assert data["address"]["addressCountry"] == "US"


def test_draft_rides_are_not_shown(client, park):
    RidePageFactory(parent=park, title="Unannounced Coaster", live=False)
    assert "Unannounced Coaster" not in client.get("/parks/cedar-point/").content.decode()


PARK_PAGE_MAX_QUERIES = 6  # + the renditions of its own photos (hero, sharing image)


def _park_with_rides(park_index, slug, ride_count):
    park = ParkPageFactory(parent=park_index, slug=slug, hero_image=ImageFactory())
    area = ParkAreaFactory(park=park)
    for n in range(ride_count):
        CoasterPageFactory(parent=park, park_area=area, hero_image=ImageFactory())
        ParkGalleryImage.objects.create(page=park, image=ImageFactory(), sort_order=n)
    return park


def test_query_count_is_the_same_for_5_and_50_rides_and_photos(client, park_index):
    small = _park_with_rides(park_index, "small-park", 5)
    large = _park_with_rides(park_index, "large-park", 50)
    small_count = count_queries(client, small.url)
    assert small_count == count_queries(client, large.url)
    assert small_count <= PARK_PAGE_MAX_QUERIES


def test_areas_link_to_the_rides_in_them(client, park):
    frontier = park.areas.get()
    html = client.get("/parks/cedar-point/").content.decode()
    assert f'<a href="/parks/cedar-point/?area={frontier.pk}#rides-title">Frontier Town</a>' in html
    response = client.get(f"/parks/cedar-point/?area={frontier.pk}")
    titles = [r.title for _, rides in response.context["ride_groups"] for r in rides]
    assert titles == ["Millennium Force"]


@pytest.mark.parametrize("area", ["999999", "nonsense", "-1"])
def test_an_unknown_area_is_ignored_not_an_error(client, park, area):
    response = client.get(f"/parks/cedar-point/?area={area}")
    assert response.status_code == 200
    assert len([r for _, rides in response.context["ride_groups"] for r in rides]) == 3


def test_website_shows_its_domain_on_one_line(client, park):
    park.website = "https://www.cedarpoint.com/plan-your-visit/"
    park.save_revision().publish()
    html = client.get("/parks/cedar-point/").content.decode()
    assert 'class="facts__link" href="https://www.cedarpoint.com/plan-your-visit/"' in html
    assert ">cedarpoint.com</a>" in html


def test_a_park_page_seen_again_reads_no_row_and_a_publish_shows_at_once(client, park):
    """The page's body and <head> are kept per content version and filters: every reader after
    the first costs no query, and an editor's publish makes a new version at once."""
    assert count_queries(client, park.url) == 0
    assert count_queries(client, park.url + "?category=roller_coaster") == 0
    park.intro = "The roller coaster capital of the world."
    park.save_revision().publish()
    html = client.get(park.url).content.decode()
    assert "The roller coaster capital of the world." in html
    assert 'property="og:image"' in html.split("</head>")[0]
