"""Home page, sitemap, robots.txt, error pages, and drafts staying private."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePageFeature
from images.factories import ImageFactory
from moderation.tests.helpers import submit
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory, RidePageFactory
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(home_page, park_index):
    cedar = ParkPageFactory(
        parent=park_index, title="Cedar Point", slug="cedar-point", country="US"
    )
    europa = ParkPageFactory(
        parent=park_index, title="Europa-Park", slug="europa-park", country="DE"
    )
    force = CoasterPageFactory(parent=cedar, title="Millennium Force", slug="millennium-force")
    RidePageFactory(parent=europa, title="Piraten in Batavia", category="dark_ride")
    HomePageFeature.objects.create(home_page=home_page, page=cedar, sort_order=0)
    HomePageFeature.objects.create(home_page=home_page, page=force, sort_order=1)
    cedar.save_revision().publish()
    return {"cedar": cedar, "europa": europa, "force": force}


def test_home_page_shows_featured_items_totals_and_recent_changes(client, content):
    response = client.get("/")
    html = response.content.decode()
    assert [p.title for p in response.context["featured_parks"]] == ["Cedar Point"]
    assert [r.title for r in response.context["featured_rides"]] == ["Millennium Force"]
    assert response.context["featured_rides"][0].park_page.title == "Cedar Point"
    assert response.context["page"].totals == {
        "parks": 2,
        "countries": 2,
        "rides": 2,
        "coasters": 1,
    }
    assert "Recently updated" in html and "Cedar Point" in html


def test_home_page_query_count_does_not_grow_with_featured_items(client, home_page, park_index):
    def feature(count):
        for n in range(count):
            park = ParkPageFactory(parent=park_index, hero_image=ImageFactory())
            ride = CoasterPageFactory(parent=park, hero_image=ImageFactory())
            HomePageFeature.objects.create(home_page=home_page, page=park, sort_order=2 * n)
            HomePageFeature.objects.create(home_page=home_page, page=ride, sort_order=2 * n + 1)
            ride.save_revision().publish()

    feature(1)
    one = count_queries(client, "/")
    feature(5)
    assert count_queries(client, "/") == one <= 1


def test_after_a_publish_the_home_page_is_rebuilt_in_a_fixed_number_of_queries(
    client, home_page, park_index
):
    """The first view after a publish recounts and re-renders everything (nothing cached).

    Without photos: a photo's first rendering makes its renditions (the background task does
    that in production before a page is public), which is not what this counts."""

    def first_view_after_publish(count):
        for n in range(count):
            park = ParkPageFactory(parent=park_index)
            ride = CoasterPageFactory(parent=park)
            HomePageFeature.objects.create(home_page=home_page, page=park, sort_order=2 * n)
            HomePageFeature.objects.create(home_page=home_page, page=ride, sort_order=2 * n + 1)
        ride.save_revision().publish()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/").status_code == 200
        return len(queries.captured_queries)

    one = first_view_after_publish(1)
    assert first_view_after_publish(5) == one <= 19


def test_a_publish_updates_the_home_totals_and_recent_changes(client, content, park_index):
    assert client.get("/").context["page"].totals["parks"] == 2
    park = ParkPageFactory(parent=park_index, title="Walibi Holland", country="NL")
    park.save_revision().publish()
    response = client.get("/")
    assert response.context["page"].totals == {
        "parks": 3,
        "countries": 3,
        "rides": 2,
        "coasters": 1,
    }
    assert "Walibi Holland" in response.content.decode()


def test_recently_updated_says_what_changed_and_where(client, content, django_user_model):
    moderator = django_user_model.objects.create_superuser("mo", "mo@example.com", "x")
    piraten = content["europa"].get_children().get().specific
    piraten.save_revision().publish()
    force = content["force"]
    force.save_revision().publish()
    force.intro = "Now with its length."
    submit(force, moderator)
    force.refresh_from_db()
    force.current_workflow_task_state.approve(user=moderator, comment="Added the length.")

    rows = client.get("/").content.decode().split('id="recent"', 1)[1].split("</li>")
    assert "Millennium Force</a>" in rows[0] and "Ride at Cedar Point · updated" in rows[0]
    assert "“Added the length.”" in rows[0]
    (piraten_row,) = [row for row in rows if "Piraten in Batavia" in row]
    assert "Ride at Europa-Park · added" in piraten_row and "recent-list__note" not in piraten_row
    (cedar_row,) = [row for row in rows if "Cedar Point</a>" in row]
    assert "Park · added" in cedar_row


def test_home_browser_title_names_the_site_once(client, home_page):
    html = client.get("/").content.decode()
    assert f"<title>{home_page.title} · the wiki of theme parks and rides</title>" in html


def test_drafts_and_unpublished_pages_are_never_public(client, content, park_index):
    draft = ParkPageFactory(parent=park_index, title="Draft Park", slug="draft-park", live=False)
    content["force"].unpublish()
    assert client.get("/parks/draft-park/").status_code == 404
    assert (
        client.get(content["force"].url or "/parks/cedar-point/millennium-force/").status_code
        == 404
    )
    assert "Draft Park" not in client.get("/parks/").content.decode()
    assert "Millennium Force" not in client.get("/parks/cedar-point/").content.decode()
    assert draft.title not in client.get("/search/?q=Draft").content.decode()


def test_sitemap_lists_live_pages_only(client, content, park_index):
    ParkPageFactory(parent=park_index, title="Draft Park", slug="draft-park", live=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert "/parks/cedar-point/" in xml and "/parks/cedar-point/millennium-force/" in xml
    assert "draft-park" not in xml


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain"
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_unknown_page_gets_the_friendly_404(client, home_page):
    response = client.get("/parks/no-such-park/")
    assert response.status_code == 404
    assert "We couldn’t find that page" in response.content.decode()


def test_admin_login_page_loads(client):
    assert client.get("/admin/login/").status_code == 200
