"""The public history of a page and the sources shown with its facts."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from contributions.models import RideSource, Suggestion
from moderation.roles import MODERATORS
from rides.factories import RidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(make_user):
    user = make_user("mo", MODERATORS)
    user.first_name, user.last_name = "Morgan", "Reviewer"
    user.save()
    return user


def publish(page, user, **fields):
    """A published version of `page` with `fields` changed, as a moderator's publish makes."""
    page = page.get_latest_revision_as_object() if page.latest_revision_id else page
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=user).publish(user=user)
    return page.__class__.objects.get(pk=page.pk)


def history(client, page):
    return client.get(f"{page.url}history/")


def test_history_lists_published_versions_with_changes_in_their_units(client, coaster, moderator):
    coaster = publish(coaster, moderator)
    coaster = publish(coaster, moderator, height_m=Decimal("94.6"), inversions=1)
    response = history(client, coaster)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Approved by Morgan Reviewer" in body
    assert "94.5 m (310 ft)" in body and "94.6 m (310 ft)" in body
    assert '<th scope="row">Inversions</th><td>0</td><td>1</td>' in body
    assert "First published version." in body


def test_the_body_is_reported_as_changed_not_word_by_word(client, coaster, moderator):
    coaster = publish(coaster, moderator)
    coaster = publish(coaster, moderator, intro="A new introduction.")
    body = history(client, coaster).content.decode()
    assert '<th scope="row">Introduction</th><td colspan="2">changed</td>' in body
    assert "A new introduction." not in body


def test_moderators_are_named_never_by_username_or_email(client, coaster, make_user):
    anonymous_looking = make_user("jdoe42", MODERATORS)
    anonymous_looking.first_name = anonymous_looking.last_name = ""
    anonymous_looking.save()
    publish(coaster, anonymous_looking)
    body = history(client, coaster).content.decode()
    assert "jdoe42" not in body and "@thrillwiki.test" not in body
    assert "A ThrillWiki moderator" in body


def test_drafts_and_work_in_review_never_appear(client, coaster, moderator, make_user):
    coaster = publish(coaster, moderator)
    draft = coaster.get_latest_revision_as_object()
    draft.height_m = Decimal("120")
    draft.save_revision(user=make_user("edna"))
    body = history(client, coaster).content.decode()
    assert "120 m" not in body
    assert body.count('class="history__version"') == 1


def test_private_and_unpublished_pages_have_no_public_history(client, coaster, moderator):
    publish(coaster, moderator)
    PageViewRestriction.objects.create(page=coaster, restriction_type="password", password="x")
    response = history(client, coaster)
    assert "History of" not in response.content.decode()
    PageViewRestriction.objects.all().delete()
    url = coaster.url
    coaster.unpublish()
    assert client.get(f"{url}history/").status_code == 404


def test_an_accepted_suggestion_is_credited_to_a_reader(client, coaster, moderator):
    coaster = publish(coaster, moderator)
    draft = coaster.get_latest_revision_as_object()
    draft.height_m = Decimal("94.6")
    revision = draft.save_revision(user=moderator)
    Suggestion.objects.create(
        page=coaster,
        fact="height_m",
        value="94.6",
        source_url="https://example.com/",
        status="accepted",
        revision=revision,
    )
    revision.publish(user=moderator)
    body = history(client, coaster).content.decode()
    assert body.count("suggested by a reader") == 1


def test_history_costs_the_same_queries_for_one_and_fifty_versions(client, coaster, moderator):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert history(client, coaster).status_code == 200
        return len(captured)

    publish(coaster, moderator)
    one = queries()
    for inversions in range(49):
        publish(coaster, moderator, inversions=inversions % 5)
    fifty = queries()
    assert fifty == one
    assert one <= 12


def test_a_real_page_called_history_is_still_served(client, park, moderator):
    RidePageFactory(parent=park, title="History", slug="history")
    response = client.get(f"{park.url}history/")
    assert response.status_code == 200
    assert "History of" not in response.content.decode()


def test_cited_facts_get_numbered_footnotes_and_the_page_lists_its_sources(client, coaster):
    RideSource.objects.create(
        page=coaster,
        sort_order=0,
        url="https://www.cedarpoint.com/rides/millennium-force",
        title="Millennium Force",
        publisher="Cedar Point",
        accessed=datetime.date(2026, 11, 1),
        facts=["height_m", "opening_date"],
    )
    RideSource.objects.create(
        page=coaster, sort_order=1, url="https://example.com/", title="Other", facts=["height_m"]
    )
    coaster.last_verified = datetime.date(2026, 11, 2)
    coaster.save()
    body = client.get(coaster.url).content.decode()
    assert (
        '<th scope="row">Height<sup class="footnote"><a href="#source-1" aria-label="Source 1">[1]'
        '</a><a href="#source-2" aria-label="Source 2">[2]</a></sup></th>'
    ) in body
    assert '<li id="source-1"><a href="https://www.cedarpoint.com/rides/millennium-force"' in body
    assert "Supports: Opening date, Height" in body
    assert "Facts last verified on" in body
    assert f'href="{coaster.url}history/"' in body
    assert f'href="/suggest/{coaster.pk}/"' in body
