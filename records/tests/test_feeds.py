"""Atom feeds parse, carry what Atom requires, are advertised, and their links resolve."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from wagtail.models import Page

from parks.factories import ParkPageFactory
from records.tests.factories_data import build_coasters
from rides.factories import CoasterPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def published(pages):
    """Give factory pages the publication times that publishing through Wagtail sets."""
    now = timezone.now()
    for minutes, page in enumerate(pages):
        at = now - datetime.timedelta(minutes=minutes)
        Page.objects.filter(pk=page.pk).update(first_published_at=at, last_published_at=at)


@pytest.fixture
def coasters(park_index):
    rides = build_coasters(park_index)
    published([*rides.values(), *{ride.get_parent() for ride in rides.values()}])
    return rides


def entries(client, url):
    """Parse an Atom feed, check the elements RFC 4287 requires, return entry (title, path)."""
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed, under test
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{name}") is not None, name
    found = []
    for entry in feed.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{name}").text, name
        href = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert href.startswith("http://testserver/")
        found.append((entry.find(f"{ATOM}title").text, urlsplit(href).path))
    return found


def test_site_feeds_list_new_and_updated_parks_and_rides_and_every_link_resolves(client, coasters):
    new = entries(client, "/feeds/new/")
    titles = {title for title, _ in new}
    assert {"Ohio Park", "Twin A", "Moved"} <= titles
    for _, path in new + entries(client, "/feeds/updated/"):
        assert client.get(path).status_code == 200, path


def test_an_update_moves_a_ride_to_the_top_of_the_updated_feed(client, coasters):
    ride = coasters["wooden"]
    ride.save_revision().publish()
    assert entries(client, "/feeds/updated/")[0][0] == "Wooden"


def test_park_feed_holds_the_park_and_only_its_own_rides(client, coasters):
    park = coasters["wooden"].get_parent()
    titles = {title for title, _ in entries(client, f"/feeds/parks/{park.slug}/")}
    assert titles == {"German Park", "Wooden"}
    assert client.get("/feeds/parks/no-such-park/").status_code == 404


def test_company_feed_holds_the_rides_it_built(client, park_index):
    park = ParkPageFactory(parent=park_index)
    ride = CoasterPageFactory(parent=park, title="Built By Them")
    published([park, ride])
    slug = ride.manufacturer.slug
    titles = {title for title, _ in entries(client, f"/feeds/companies/{slug}/")}
    assert titles == {"Built By Them"}
    assert client.get("/feeds/companies/nobody/").status_code == 404


def test_year_feed_holds_that_years_openings(client, coasters):
    assert [title for title, _ in entries(client, "/feeds/new/2000/")] == ["Twin A"]
    assert client.get("/feeds/new/1000/").status_code == 404


def test_feeds_are_advertised_in_the_head(client, coasters):
    park = coasters["wooden"].get_parent()
    html = client.get(park.url).content.decode()
    head = html.split("</head>", 1)[0]
    assert 'type="application/atom+xml"' in head
    assert 'href="/feeds/new/"' in head and f'href="/feeds/parks/{park.slug}/"' in head
    slug = coasters["wooden"].manufacturer.slug
    head = client.get(f"/companies/{slug}/").content.decode().split("</head>", 1)[0]
    assert f'href="/feeds/companies/{slug}/"' in head
