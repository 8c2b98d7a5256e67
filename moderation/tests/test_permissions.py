"""Who may do what: every cell of {anonymous, editor, moderator, superuser} x ten actions.

Each action is tried through Wagtail's own views and judged by its effect (a revision saved, a
page live or gone, a 200 from an admin screen), never by the status code alone.
"""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from moderation.roles import EDITORS, MODERATORS
from moderation.tests.helpers import edit_ride, ride_form_data, submit, workflow_action
from parks.factories import ParkPageFactory
from rides.factories import RidePageFactory
from rides.models import RidePage

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "editor", "moderator", "superuser")


@pytest.fixture
def as_role(client, make_user):
    """Log the client in as a fresh user of the role; returns (client, user or None)."""

    def login(role):
        user = {
            "anonymous": lambda: None,
            "editor": lambda: make_user("the-editor", EDITORS),
            "moderator": lambda: make_user("the-moderator", MODERATORS),
            "superuser": lambda: make_user("the-admin", superuser=True),
        }[role]()
        if user:
            client.force_login(user)
        return client, user

    return login


def open_the_admin(client, user, ctx):
    response = client.get(reverse("wagtailadmin_home"))
    return response.status_code == 200 and "Dashboard" in response.content.decode()


def edit_a_ride(client, user, ctx):
    edit_ride(client, ctx["ride"], intro="Now with a new intro.")
    return ctx["ride"].revisions.filter(user=user).exists() if user else False


def publish_directly(client, user, ctx):
    edit_ride(client, ctx["ride"], action="publish", intro="Published straight away.")
    return RidePage.objects.get(pk=ctx["ride"].pk).intro == "Published straight away."


def approve_a_task(client, user, ctx):
    submit(ctx["submitted"], ctx["author"])
    workflow_action(client, ctx["submitted"], "approve")
    return RidePage.objects.get(pk=ctx["submitted"].pk).live


def approve_own_submission(client, user, ctx):
    submit(ctx["submitted"], user or ctx["author"])
    workflow_action(client, ctx["submitted"], "approve")
    state = WorkflowState.objects.get(object_id=str(ctx["submitted"].pk))
    return state.status == WorkflowState.STATUS_APPROVED


def delete_a_park(client, user, ctx):
    client.post(reverse("wagtailadmin_pages:delete", args=(ctx["draft_park"].pk,)))
    return not ctx["draft_park"].__class__.objects.filter(pk=ctx["draft_park"].pk).exists()


def unpublish(client, user, ctx):
    client.post(reverse("wagtailadmin_pages:unpublish", args=(ctx["ride"].pk,)))
    return not RidePage.objects.get(pk=ctx["ride"].pk).live


def see_a_draft_on_the_public_site(client, user, ctx):
    never_published = client.get("/parks/cedar-point/unreleased-coaster/")
    pending = client.get(ctx["ride"].url).content.decode()
    return never_published.status_code == 200 or "Secret draft text" in pending


def use_a_preview_url(client, user, ctx):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(ctx["ride"].pk,))
    client.post(url, ride_form_data(ctx["ride"], intro="Previewed intro text."))
    response = client.get(url)
    return response.status_code == 200 and "Previewed intro text." in response.content.decode()


def manage_users(client, user, ctx):
    listing = client.get(reverse("wagtailusers_users:index"))
    client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "sneaky",
            "email": "sneaky@thrillwiki.test",
            "first_name": "S",
            "last_name": "N",
            "password1": "a long enough pass phrase",
            "password2": "a long enough pass phrase",
            "is_active": "on",
        },
    )
    created = user.__class__.objects.filter(username="sneaky").exists() if user else False
    return listing.status_code == 200 and created


ACTIONS = {
    "open the admin": open_the_admin,
    "edit a ride": edit_a_ride,
    "publish directly": publish_directly,
    "approve a task": approve_a_task,
    "approve their own submission": approve_own_submission,
    "delete a park": delete_a_park,
    "unpublish": unpublish,
    "see a draft on the public site": see_a_draft_on_the_public_site,
    "use a preview URL": use_a_preview_url,
    "manage users": manage_users,
}

# True = allowed. Superusers pass everywhere except the four-eyes rule on their own submission
# (they can still publish directly, as administrators); nobody sees drafts on the public site.
EXPECTED = {
    "open the admin": (False, True, True, True),
    "edit a ride": (False, True, True, True),
    "publish directly": (False, False, True, True),
    "approve a task": (False, False, True, True),
    "approve their own submission": (False, False, False, False),
    "delete a park": (False, False, True, True),
    "unpublish": (False, False, True, True),
    "see a draft on the public site": (False, False, False, False),
    "use a preview URL": (False, True, True, True),
    "manage users": (False, False, False, True),
}

CELLS = [
    pytest.param(role, action, EXPECTED[action][i], id=f"{role}-{action.replace(' ', '_')}")
    for action in ACTIONS
    for i, role in enumerate(ROLES)
]


@pytest.fixture
def ctx(park, live_ride, make_user):
    author = make_user("someone-else", EDITORS)
    live_ride.save_revision(user=author)  # a pending draft on a live page
    pending = live_ride.get_latest_revision_as_object()
    pending.intro = "Secret draft text"
    pending.save_revision(user=author)
    RidePageFactory(parent=park, title="Unreleased Coaster", slug="unreleased-coaster", live=False)
    submitted = RidePageFactory(parent=park, title="Submitted Ride", slug="submitted", live=False)
    draft_park = ParkPageFactory(parent=park.get_parent(), slug="draft-park", live=False)
    return {
        "ride": RidePage.objects.get(pk=live_ride.pk),
        "author": author,
        "submitted": submitted,
        "draft_park": draft_park,
    }


@pytest.mark.parametrize(("role", "action", "allowed"), CELLS)
def test_permission_matrix(as_role, ctx, role, action, allowed):
    client, user = as_role(role)
    assert ACTIONS[action](client, user, ctx) is allowed


def test_every_cell_of_the_matrix_is_asserted():
    assert len(CELLS) == 40
    assert set(EXPECTED) == set(ACTIONS)


def test_an_editor_cannot_delete_even_a_draft_they_own(client, editor, park):
    """Wagtail alone would allow it (add + change, nothing live); deleting is for moderators."""
    client.force_login(editor)
    mine = RidePageFactory(parent=park, live=False, owner=editor)
    response = client.post(reverse("wagtailadmin_pages:delete", args=(mine.pk,)), follow=True)
    assert RidePage.objects.filter(pk=mine.pk).exists()
    assert "Only moderators can delete pages" in response.content.decode()


def test_bulk_delete_is_for_moderators_too(client, editor, moderator, park):
    mine = RidePageFactory(parent=park, live=False, owner=editor)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
    url += f"?id={mine.pk}&childOf={park.pk}"
    client.force_login(editor)
    client.post(url)
    assert RidePage.objects.filter(pk=mine.pk).exists()
    client.force_login(moderator)
    client.post(url)
    assert not RidePage.objects.filter(pk=mine.pk).exists()
