"""The editorial workflow through Wagtail's own admin views, with the emails it sends."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from moderation.tests.helpers import add_ride, edit_ride, submit, workflow_action
from rides.models import RidePage

pytestmark = pytest.mark.django_db

EDIT_URL = "http://testserver/admin/pages/{}/edit/"


def mails_to(user):
    return [message for message in mail.outbox if user.email in message.to]


def test_submit_reject_resubmit_approve_publish(
    client, editor, moderator, other_moderator, superuser, park
):
    # 1. The editor writes a ride and submits it; it is not public yet.
    client.force_login(editor)
    ride = add_ride(client, park, action="submit", height_m="62.5", speed_kmh="119")
    assert not ride.live
    assert ride.current_workflow_state.requested_by == editor
    assert client.get("/parks/cedar-point/steel-vengeance/").status_code == 404

    # 2. Every moderator (and the administrators) hears about it, with the page's links.
    for person in (moderator, other_moderator):
        (message,) = mails_to(person)
        assert "Steel Vengeance" in message.subject
        assert EDIT_URL.format(ride.pk) in message.body
        assert f"/admin/pages/workflow/preview/{ride.pk}/" in message.body
        assert "Submitted by Edna" in message.body
    assert mails_to(superuser)
    assert not mails_to(editor)

    # 3. A moderator asks for changes, with a comment.
    mail.outbox.clear()
    client.force_login(moderator)
    workflow_action(client, ride, "reject", comment="Please add the ride's length.")
    state = WorkflowState.objects.get(object_id=str(ride.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    (rejection,) = mails_to(editor)
    assert "rejected" in rejection.subject
    assert "Please add the ride's length." in rejection.body
    assert EDIT_URL.format(ride.pk) in rejection.body

    # 4. The editor sees the comment in the admin, fixes the page and resubmits.
    client.force_login(editor)
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=(ride.pk,))).content.decode()
    assert "Please add the ride&#x27;s length." in edit_page or (
        "Please add the ride's length." in edit_page
    )
    mail.outbox.clear()
    response = edit_ride(client, ride, action="submit", length_m="1740", height_m="62.5")
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert mails_to(moderator) and mails_to(other_moderator)

    # 5. The moderator approves: the fixed page goes live and the editor is told where.
    mail.outbox.clear()
    client.force_login(moderator)
    workflow_action(client, ride, "approve")
    ride = RidePage.objects.get(pk=ride.pk)
    assert ride.live and ride.length_m == 1740
    (approval,) = mails_to(editor)
    assert "approved" in approval.subject
    assert ride.full_url in approval.body and ride.full_url.endswith("/steel-vengeance/")

    # 6. Readers find it: its page, the park's ride list, and search.
    client.logout()
    assert client.get(ride.url).status_code == 200
    assert "Steel Vengeance" in client.get(park.url).content.decode()
    results = client.get("/search/", {"q": "Steel Vengeance"}).content.decode()
    assert ride.url in results

    # 7. The audit trail names who did what.
    entries = {
        (entry.action, entry.user.username)
        for entry in PageLogEntry.objects.filter(page=ride).select_related("user")
    }
    assert {
        ("wagtail.workflow.start", "edna"),
        ("wagtail.workflow.reject", "mo"),
        ("wagtail.workflow.resume", "edna"),
        ("wagtail.workflow.approve", "mo"),
        ("wagtail.publish", "mo"),
    } <= entries


def test_an_editor_cannot_publish_only_submit(client, editor, park):
    client.force_login(editor)
    ride = add_ride(client, park, action="publish")
    assert not ride.live
    assert ride.current_workflow_state is None
    assert not ride.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_a_moderator_cannot_approve_their_own_submission(client, moderator, other_moderator, park):
    client.force_login(moderator)
    ride = add_ride(client, park, action="submit")
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=(ride.pk,))).content.decode()
    assert "Approve" not in edit_page
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Steel Vengeance" in dashboard  # listed under "Your pages in a workflow"
    assert "Awaiting your review" not in dashboard  # but not as a task of their own

    workflow_action(client, ride, "approve")
    assert not RidePage.objects.get(pk=ride.pk).live

    client.force_login(other_moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard and "Steel Vengeance" in dashboard
    workflow_action(client, ride, "approve")
    assert RidePage.objects.get(pk=ride.pk).live


def test_the_rule_holds_below_the_views_too(editor, moderator, park):
    from django.core.exceptions import PermissionDenied

    ride = RidePage.objects.get(pk=add_ride_directly(park).pk)
    state = submit(ride, moderator)
    task_state = state.current_task_state
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, moderator, "approve")
    assert task_state.task.specific.get_actions(ride, moderator) == []


def add_ride_directly(park):
    from rides.factories import RidePageFactory

    return RidePageFactory(parent=park, live=False)


def test_editing_during_moderation_needs_approval_again(
    client, editor, moderator, other_moderator, park
):
    client.force_login(editor)
    ride = add_ride(client, park, action="submit")

    # The editor's page is locked while a moderator reviews it.
    response = edit_ride(client, ride, intro="Sneaky change while under review.")
    assert (
        not RidePage.objects.get(pk=ride.pk)
        .get_latest_revision_as_object()
        .intro.startswith("Sneaky")
    )

    # A moderator fixes a typo while reviewing: the review restarts on the new revision, and
    # that moderator may no longer approve (it is now partly their own work).
    client.force_login(moderator)
    response = edit_ride(client, ride, intro="A hybrid coaster by RMC.")
    assert response.status_code == 302
    ride.refresh_from_db()
    task_state = ride.current_workflow_task_state
    assert task_state.revision == ride.get_latest_revision()
    assert task_state.revision.user == moderator
    workflow_action(client, ride, "approve")
    assert not RidePage.objects.get(pk=ride.pk).live

    client.force_login(other_moderator)
    workflow_action(client, ride, "approve")
    ride = RidePage.objects.get(pk=ride.pk)
    assert ride.live and ride.intro == "A hybrid coaster by RMC."


def test_edit_and_approve_in_one_go_is_not_self_approval(client, editor, moderator, park):
    """The editor view's "Approve" button also saves the moderator's edits first."""
    client.force_login(editor)
    ride = add_ride(client, park, action="submit")
    client.force_login(moderator)
    data_ride = RidePage.objects.get(pk=ride.pk)
    task_state = data_ride.current_workflow_task_state
    response = edit_ride(
        client,
        data_ride,
        action="workflow-action",
        intro="Rewritten by the moderator.",
        **{"workflow-action-name": "approve", "workflow-action-extra-data": "{}"},
    )
    assert response.status_code == 302
    message = [str(m) for m in client.get(response.url).context["messages"]]
    assert any("needs approval again" in text for text in message)
    ride = RidePage.objects.get(pk=ride.pk)
    assert not ride.live
    task_state.refresh_from_db()
    assert task_state.status == "cancelled"
    assert ride.current_workflow_task_state.revision.user == moderator


def test_unpublish_is_audited_with_its_author(client, moderator, superuser, live_ride):
    client.force_login(moderator)
    client.post(reverse("wagtailadmin_pages:unpublish", args=(live_ride.pk,)))
    assert not RidePage.objects.get(pk=live_ride.pk).live
    entry = PageLogEntry.objects.filter(page=live_ride, action="wagtail.unpublish").get()
    assert entry.user == moderator

    # Both the page's history and the site-wide audit log show it, with the author's name.
    client.force_login(superuser)
    history = client.get(reverse("wagtailadmin_pages:history", args=(live_ride.pk,)))
    assert "Unpublished" in history.content.decode()
    assert "Mo Tester-mo" in history.content.decode()
    site_history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Millennium Force" in site_history
    assert "Unpublished" in site_history and "Mo Tester-mo" in site_history


def test_approvals_and_rejections_show_in_the_page_history(
    client, editor, moderator, superuser, park
):
    client.force_login(editor)
    ride = add_ride(client, park, action="submit")
    client.force_login(moderator)
    workflow_action(client, ride, "reject", comment="Needs a source.")
    client.force_login(editor)
    edit_ride(client, ride, action="submit")
    client.force_login(moderator)
    workflow_action(client, ride, "approve")

    client.force_login(superuser)
    html = client.get(reverse("wagtailadmin_pages:history", args=(ride.pk,))).content.decode()
    for label in ("started", "Approved", "Rejected", "Resubmitted", "Published"):
        assert label in html, label
    assert "Mo Tester-mo" in html and "Edna Tester-edna" in html
    workflow_history = client.get(
        reverse("wagtailadmin_pages:workflow_history", args=(ride.pk,))
    ).content.decode()
    assert "Moderator approval" in workflow_history


def test_notifications_use_the_configured_email_backend(
    client, editor, moderator, park, settings, tmp_path
):
    """Nothing is hard-wired to a backend: a file backend receives the same notification."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path / "mail")
    client.force_login(editor)
    ride = add_ride(client, park, action="submit")
    written = "".join(path.read_text() for path in (tmp_path / "mail").iterdir())
    assert "mo@thrillwiki.test" in written
    assert EDIT_URL.format(ride.pk) in written
