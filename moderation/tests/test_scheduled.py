"""Go-live and expiry dates, carried out by `publish_scheduled` (which the worker runs)."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from moderation.tests.helpers import add_ride, edit_ride, workflow_action
from rides.models import RidePage

pytestmark = pytest.mark.django_db


def later(monkeypatch, **delta):
    """Move the clock forward for the code under test (no sleeping)."""
    moment = timezone.now() + datetime.timedelta(**delta)
    monkeypatch.setattr(timezone, "now", lambda: moment)


def test_an_approved_ride_with_a_go_live_date_waits_for_it(
    client, editor, moderator, park, monkeypatch
):
    go_live = (timezone.now() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    client.force_login(editor)
    ride = add_ride(client, park, action="submit", go_live_at=go_live)
    client.force_login(moderator)
    workflow_action(client, ride, "approve")

    ride = RidePage.objects.get(pk=ride.pk)
    assert not ride.live
    assert ride.get_latest_revision().approved_go_live_at is not None
    client.logout()
    assert client.get("/parks/cedar-point/steel-vengeance/").status_code == 404

    call_command("publish_scheduled")  # too early: nothing happens
    assert not RidePage.objects.get(pk=ride.pk).live

    later(monkeypatch, days=3)
    call_command("publish_scheduled")
    monkeypatch.undo()
    ride = RidePage.objects.get(pk=ride.pk)
    assert ride.live
    assert client.get(ride.url).status_code == 200


def test_a_ride_with_an_expiry_date_goes_offline(client, moderator, live_ride, monkeypatch):
    expire = (timezone.now() + datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    client.force_login(moderator)
    response = edit_ride(client, live_ride, action="publish", expire_at=expire)
    assert response.status_code == 302
    assert RidePage.objects.get(pk=live_ride.pk).live

    later(monkeypatch, days=2)
    call_command("publish_scheduled")
    monkeypatch.undo()
    ride = RidePage.objects.get(pk=live_ride.pk)
    assert not ride.live and ride.expired
    client.logout()
    assert client.get("/parks/cedar-point/millennium-force/").status_code == 404


def test_an_editor_cannot_schedule_around_moderation(client, editor, park):
    """A go-live date on a draft does nothing until a moderator approves the submission."""
    go_live = (timezone.now() - datetime.timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M")
    client.force_login(editor)
    ride = add_ride(client, park, go_live_at=go_live)
    call_command("publish_scheduled")
    assert not RidePage.objects.get(pk=ride.pk).live
