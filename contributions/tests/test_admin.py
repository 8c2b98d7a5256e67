"""The suggestion queue in the admin: who sees it, accepting into the approval workflow,
rejecting with a reason, and the reader's email either way."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse

from contributions.models import Suggestion
from contributions.review import ALREADY_IN_REVIEW
from moderation.roles import EDITORS, MODERATORS
from moderation.tests.helpers import workflow_action

pytestmark = pytest.mark.django_db

INDEX = reverse("suggestions:index")


@pytest.fixture
def suggestion(coaster):
    return Suggestion.objects.create(
        page=coaster,
        fact="height_m",
        current_value="94.5 m (310 ft)",
        value="94.6",
        source_url="https://www.cedarpoint.com/rides/millennium-force",
        email="reader@example.com",
    )


@pytest.fixture
def users(make_user):
    return {
        "editor": make_user("edna", EDITORS),
        "moderator": make_user("mo", MODERATORS),
        "other_moderator": make_user("max", MODERATORS),
        "superuser": make_user("root", superuser=True),
    }


def review_url(suggestion):
    return reverse("suggestions:edit", args=(suggestion.pk,))


def decide(client, suggestion, action, reason=""):
    return client.post(
        review_url(suggestion), {"rejection_reason": reason, f"action-{action}": "1"}
    )


@pytest.mark.parametrize("role", ["editor", "moderator", "superuser"])
def test_editors_moderators_and_superusers_see_the_queue(client, users, suggestion, role):
    client.force_login(users[role])
    index = client.get(INDEX)
    assert index.status_code == 200
    assert "Height of Millennium Force" in index.content.decode()
    review = client.get(review_url(suggestion))
    assert review.status_code == 200
    assert "https://www.cedarpoint.com/rides/millennium-force" in review.content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, suggestion):
    for url in (INDEX, review_url(suggestion)):
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response["Location"]


def test_an_admin_user_without_a_role_cannot_see_suggestions(client, make_user, roles, suggestion):
    nobody = make_user("nobody")
    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(nobody)
    assert client.get(INDEX).status_code in (302, 403)
    assert client.get(review_url(suggestion)).status_code in (302, 403)
    assert decide(client, suggestion, "accept").status_code in (302, 403)
    assert Suggestion.objects.get().status == "new"


def test_nobody_adds_a_suggestion_in_the_admin(client, users):
    client.force_login(users["superuser"])
    assert client.get(reverse("suggestions:add")).status_code in (302, 403)


def test_the_queue_filters_by_status_and_page(client, users, suggestion, park):
    Suggestion.objects.create(
        page=park, fact="city", value="Sandusky, Ohio", source_url="https://example.com/"
    )
    suggestion.status = "rejected"
    suggestion.save()
    client.force_login(users["editor"])
    new_only = client.get(INDEX, {"status": "new"}).content.decode()
    assert "City of Cedar Point" in new_only and "Height of Millennium Force" not in new_only
    by_page = client.get(INDEX, {"page": suggestion.page_id}).content.decode()
    assert "Height of Millennium Force" in by_page and "City of Cedar Point" not in by_page


def test_accepting_makes_a_draft_in_moderation_and_another_moderator_publishes_it(
    client, users, suggestion, coaster
):
    client.force_login(users["moderator"])
    response = decide(client, suggestion, "accept")
    assert response.status_code == 302
    coaster.refresh_from_db()
    assert str(coaster.height_m) == "94.5"  # nothing public changed yet
    draft = coaster.get_latest_revision_as_object()
    assert str(draft.height_m) == "94.6"
    assert [s.url for s in draft.sources.all()] == [suggestion.source_url]
    assert draft.sources.all()[0].facts == ["height_m"]
    assert coaster.workflow_in_progress
    suggestion.refresh_from_db()
    assert suggestion.status == "accepted" and suggestion.revision_id == coaster.latest_revision_id
    assert mail.outbox[-1].to == ["reader@example.com"]
    assert "accepted" in mail.outbox[-1].body

    # Four eyes: whoever accepted cannot approve; another moderator can.
    workflow_action(client, coaster, "approve")
    coaster.refresh_from_db()
    assert str(coaster.height_m) == "94.5"
    client.force_login(users["other_moderator"])
    assert workflow_action(client, coaster, "approve").status_code == 302
    coaster.refresh_from_db()
    assert str(coaster.height_m) == "94.6"
    assert coaster.sources.get().url == suggestion.source_url


def test_an_editor_may_accept_too_and_a_moderator_still_approves(
    client, users, suggestion, coaster
):
    client.force_login(users["editor"])
    decide(client, suggestion, "accept")
    coaster.refresh_from_db()
    assert coaster.current_workflow_state.requested_by == users["editor"]


def test_a_page_already_in_review_cannot_take_a_suggestion_yet(client, users, suggestion, coaster):
    client.force_login(users["moderator"])
    coaster.save_revision(user=users["editor"])
    coaster.get_workflow().start(coaster, users["editor"])
    response = decide(client, suggestion, "accept")
    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.status == "new"
    messages = [str(m) for m in response.wsgi_request._messages]
    assert ALREADY_IN_REVIEW in messages


def test_rejecting_needs_a_reason_and_tells_the_reader(client, users, suggestion):
    client.force_login(users["editor"])
    response = decide(client, suggestion, "reject")
    assert response.status_code == 200
    assert "Say why the suggestion is rejected" in response.content.decode()
    assert Suggestion.objects.get().status == "new"

    decide(client, suggestion, "reject", reason="The park's own page says 94.5 m.")
    suggestion.refresh_from_db()
    assert suggestion.status == "rejected"
    assert suggestion.decided_by == users["editor"]
    assert "The park's own page says 94.5 m." in mail.outbox[-1].body


def test_no_email_goes_out_when_the_reader_left_no_address(client, users, suggestion):
    suggestion.email = ""
    suggestion.save()
    client.force_login(users["editor"])
    decide(client, suggestion, "reject", reason="Duplicate.")
    assert mail.outbox == []


def test_a_decided_suggestion_cannot_be_decided_again(client, users, suggestion):
    client.force_login(users["editor"])
    decide(client, suggestion, "reject", reason="No.")
    decide(client, suggestion, "accept")
    suggestion.refresh_from_db()
    assert suggestion.status == "rejected" and suggestion.revision is None


def test_the_migrations_give_both_roles_the_queue(db):
    """No setup call here: the roles come from the migrations alone."""
    for group in (EDITORS, MODERATORS):
        codenames = set(
            Permission.objects.filter(
                group__name=group, content_type__app_label="contributions"
            ).values_list("codename", flat=True)
        )
        assert codenames == {"view_suggestion", "change_suggestion"}
