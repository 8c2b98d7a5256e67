"""Data-quality help: likely duplicates of a new page, and the "Facts to check" report."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from contributions.models import RideSource
from contributions.quality import pages_needing_attention, similar_pages
from moderation.roles import EDITORS, MODERATORS
from moderation.tests.helpers import ride_form_data
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory

pytestmark = pytest.mark.django_db

REPORT = reverse("contributions_facts_report")


def test_a_ride_with_the_same_name_in_the_same_park_looks_like_a_duplicate(park, coaster):
    twin = CoasterPageFactory(parent=park, title="millennium force", slug="mf-2")
    assert [page.pk for page in similar_pages(twin)] == [coaster.pk]


def test_other_parks_rides_are_not_duplicates(park_index, coaster):
    elsewhere = ParkPageFactory(parent=park_index, title="Kings Island", slug="kings-island")
    namesake = CoasterPageFactory(parent=elsewhere, title="Millennium Force", slug="mf")
    assert similar_pages(namesake) == []


@pytest.mark.postgres
def test_on_postgresql_a_misspelt_title_is_caught_by_trigram_similarity(park, coaster):
    typo = CoasterPageFactory(parent=park, title="Millenium Force", slug="typo")
    assert [page.pk for page in similar_pages(typo)] == [coaster.pk]
    unrelated = CoasterPageFactory(parent=park, title="Top Thrill Dragster", slug="ttd")
    assert similar_pages(unrelated) == []


def test_the_editor_is_warned_when_adding_a_likely_duplicate(client, make_user, park, coaster):
    client.force_login(make_user("edna", EDITORS))
    url = reverse("wagtailadmin_pages:add", args=("rides", "ridepage", park.pk))
    response = client.post(
        url, ride_form_data(title="Millennium Force", slug="mf-again"), follow=True
    )
    assert "This may be a duplicate of “Millennium Force”" in response.content.decode()


def test_the_report_lists_unsourced_statistics_and_stale_verification(coaster, park):
    rows = {row.page.title: row for row in pages_needing_attention()}
    assert "Height" in rows["Millennium Force"].unsourced
    assert rows["Cedar Point"].stale

    RideSource.objects.create(
        page=coaster, url="https://example.com/", title="Stats", facts=["height_m"]
    )
    coaster.last_verified = datetime.date.today()
    coaster.save()
    row = {row.page.title: row for row in pages_needing_attention()}["Millennium Force"]
    assert "Height" not in row.unsourced and not row.stale


def test_a_page_fully_sourced_and_recently_verified_leaves_the_report(dark_ride):
    dark_ride.last_verified = datetime.date.today()
    dark_ride.save()
    assert "Snake River Expedition" not in {row.page.title for row in pages_needing_attention()}


@pytest.mark.parametrize(
    ("role", "status"),
    [(None, 302), ("nobody", 302), (EDITORS, 200), (MODERATORS, 200), ("superuser", 200)],
)
def test_who_sees_the_facts_report(client, make_user, coaster, role, status):
    if role == "superuser":
        client.force_login(make_user("root", superuser=True))
    elif role == "nobody":
        user = make_user("nobody")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(user)
    elif role:
        client.force_login(make_user("someone", role))
    response = client.get(REPORT)
    assert response.status_code == status
    if status == 200:
        assert "Millennium Force" in response.content.decode()
