"""Caches forget what must not be public: a view restriction (on the page or an ancestor),
a move or a delete empties the page and fragment caches at once and purges the frontend
cache; junk query strings cannot fill the page cache."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from operations.cache import content_version

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 60
    return settings


@pytest.fixture
def purges(settings, httpserver):
    """A real HTTP purger on loopback; returns a function listing the paths it was asked to
    purge so far."""
    from werkzeug import Response

    httpserver.expect_request("", method="PURGE").respond_with_response(Response("ok"))
    httpserver.no_handler_status_code = 200
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": httpserver.url_for("/"),
        }
    }
    return lambda: {request.path for request, _ in httpserver.log if request.method == "PURGE"}


def warm(client, *urls):
    """Fill the page cache (and the fragment caches behind it) and prove it is warm."""
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url


def restrict(page, restriction_type=PageViewRestriction.LOGIN, **fields):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, **fields
    )


def test_a_ride_restricted_while_caches_are_warm_is_refused_to_the_next_reader(
    client, site_content, page_cache, django_capture_on_commit_callbacks
):
    coaster, park = site_content["coaster"], site_content["park"]
    warm(client, coaster.url, park.url)

    with django_capture_on_commit_callbacks(execute=True):
        restrict(coaster)

    response = client.get(coaster.url)
    assert response.status_code == 302 and "/login" in response["Location"]
    assert "X-Page-Cache" not in response
    park_response = client.get(park.url)
    assert park_response["X-Page-Cache"] == "miss"
    assert "Millennium Force" not in park_response.content.decode()


def test_readers_ask_for_the_view_restrictions_once_per_publish(client, site_content):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    coaster, park = site_content["coaster"], site_content["park"]
    client.get(park.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(park.url).status_code == 200
        assert client.get(coaster.url).status_code == 200
    assert not [q for q in queries.captured_queries if "pageviewrestriction" in q["sql"]]
    restrict(coaster)
    assert client.get(coaster.url).status_code == 302  # seen by the very next reader
    assert "Millennium Force" not in client.get(park.url).content.decode()


def test_a_restriction_on_the_park_covers_its_rides_in_the_cache(client, site_content, page_cache):
    coaster = site_content["coaster"]
    warm(client, coaster.url)
    restrict(site_content["park"], PageViewRestriction.PASSWORD, password="let-me-in-please")
    response = client.get(coaster.url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response  # the password form is never cached
    assert "Millennium Force" not in response.content.decode().split("<main", 1)[-1]


def test_removing_or_regrouping_a_restriction_changes_the_content_version(site_content):
    restriction = restrict(site_content["coaster"], PageViewRestriction.GROUPS)
    before = content_version()
    restriction.groups.add(Group.objects.create(name="Season pass holders"))
    after_groups = content_version()
    assert after_groups != before
    restriction.delete()
    assert content_version() != after_groups


def test_a_restriction_purges_the_page_its_subtree_and_its_listings(
    site_content, purges, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        restrict(site_content["park"])
    assert purges() == {
        "/",
        "/parks/",
        "/parks/cedar-point/",
        "/parks/cedar-point/millennium-force/",
        "/parks/cedar-point/calypso/",
    }


def test_moving_a_ride_purges_its_old_and_new_address(
    site_content, park_index, purges, django_capture_on_commit_callbacks
):
    from parks.factories import ParkPageFactory

    other = ParkPageFactory(parent=park_index, title="Kings Island", slug="kings-island")
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True):
        site_content["flat"].move(other, pos="last-child")
    assert content_version() != before
    assert {
        "/parks/cedar-point/",
        "/parks/cedar-point/calypso/",
        "/parks/kings-island/",
        "/parks/kings-island/calypso/",
    } <= purges()


def test_deleting_a_ride_purges_it_and_empties_the_page_cache(
    client, site_content, page_cache, purges, django_capture_on_commit_callbacks
):
    park = site_content["park"]
    warm(client, park.url)
    with django_capture_on_commit_callbacks(execute=True):
        site_content["flat"].delete()
    assert "/parks/cedar-point/calypso/" in purges()
    response = client.get(park.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Calypso" not in response.content.decode()


def test_unknown_query_parameters_bypass_the_page_cache(client, site_content, page_cache):
    long_query = "/parks/?q=" + "a" * 600
    for junk in ("/parks/?utm_source=x", "/parks/?zzz=1&status=operating", long_query):
        client.get(junk)
        response = client.get(junk)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response, junk


def test_known_parameters_share_one_entry_in_any_order(client, site_content, page_cache):
    assert client.get("/parks/?status=operating&country=US")["X-Page-Cache"] == "miss"
    assert client.get("/parks/?country=US&status=operating")["X-Page-Cache"] == "hit"


def test_every_public_filter_is_a_parameter_the_page_cache_keeps(client, site_content, page_cache):
    import companies.forms
    import parks.forms
    import records.forms
    import rides.forms
    import search.forms
    from core.forms import FilterForm
    from operations.middleware import CACHEABLE_QUERY_PARAMS

    forms = [
        parks.forms.ParkFilterForm,
        rides.forms.RideFilterForm,
        companies.forms.CompanyRideFilterForm,
        search.forms.SearchForm,
        *(form for form in vars(records.forms).values() if isinstance(form, type)),
    ]
    fields = {name for form in forms if issubclass(form, FilterForm) for name in form.base_fields}
    assert fields | {"year", "page"} <= CACHEABLE_QUERY_PARAMS  # `year` is added per request
    assert client.get("/records/?stat=height&year=2005")["X-Page-Cache"] == "miss"
    assert client.get("/records/?year=2005&stat=height")["X-Page-Cache"] == "hit"


def test_what_a_reader_cached_before_the_commit_is_forgotten_at_the_commit(
    db, django_capture_on_commit_callbacks
):
    from django.db import transaction

    from operations.cache import bump_content_version

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            bump_content_version()  # a publish changes the version at once ...
            seen_by_a_reader = content_version()  # ... a reader keeps what it saw under it
            bump_content_version()  # a second change in the same transaction adds nothing
    assert len(callbacks) == 1  # ... and the commit changes it once more
    assert content_version() != seen_by_a_reader
