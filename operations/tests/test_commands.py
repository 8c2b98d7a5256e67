"""The Procfile's `release` and `worker` processes: migrate under a cluster-wide lock, and a
worker that runs queued tasks and publishes scheduled pages."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import timezone

from operations.locks import advisory_lock, lock_key
from operations.management.commands.migrate_locked import MIGRATE_LOCK
from operations.management.commands.run_worker import PUBLISH_LOCK, publish_scheduled_once

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_session():
    """A second PostgreSQL session, as another machine running a release would have."""
    import psycopg

    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    session = psycopg.connect(**params, autocommit=True)
    yield session
    session.close()


def test_migrate_locked_applies_migrations():
    out = StringIO()
    call_command("migrate_locked", stdout=out)
    assert "No migrations to apply" in out.getvalue()


def test_a_release_starts_a_new_content_version():
    """Nothing the previous release's code kept (pages, fragments, counts) is served after it."""
    from operations.cache import content_version

    before = content_version()
    call_command("migrate_locked", stdout=StringIO())
    assert content_version() != before


@pytest.mark.postgres
def test_a_second_release_waits_for_the_lock_and_then_gives_up(other_session):
    other_session.execute("SELECT pg_advisory_lock(%s)", [lock_key(MIGRATE_LOCK)])
    with pytest.raises(CommandError, match="Another release is still migrating"):
        call_command("migrate_locked", "--lock-timeout", "1", stdout=StringIO())
    other_session.execute("SELECT pg_advisory_unlock(%s)", [lock_key(MIGRATE_LOCK)])
    out = StringIO()
    call_command("migrate_locked", "--lock-timeout", "1", stdout=out)
    assert "No migrations to apply" in out.getvalue()


@pytest.mark.postgres
def test_the_lock_is_released_after_migrating(other_session):
    call_command("migrate_locked", stdout=StringIO())
    row = other_session.execute(
        "SELECT pg_try_advisory_lock(%s)", [lock_key(MIGRATE_LOCK)]
    ).fetchone()
    assert row[0] is True
    other_session.execute("SELECT pg_advisory_unlock(%s)", [lock_key(MIGRATE_LOCK)])


@pytest.mark.postgres
def test_only_one_worker_publishes_scheduled_pages_at_a_time(other_session):
    other_session.execute("SELECT pg_advisory_lock(%s)", [lock_key(PUBLISH_LOCK)])
    assert publish_scheduled_once() is False
    other_session.execute("SELECT pg_advisory_unlock(%s)", [lock_key(PUBLISH_LOCK)])
    assert publish_scheduled_once() is True


def test_a_free_lock_is_acquired_on_any_database():
    # PostgreSQL takes the advisory lock; SQLite (one machine) has nothing to lock against.
    with advisory_lock("anything", timeout=1) as acquired:
        assert acquired is True


@pytest.fixture
def scheduled_ride(park_index):
    """A ride whose publication was scheduled and is now due."""
    from parks.factories import ParkPageFactory
    from rides.factories import RidePageFactory

    park = ParkPageFactory(parent=park_index)
    ride = RidePageFactory(parent=park, title="Steel Vengeance", live=False)
    ride.go_live_at = timezone.now() + datetime.timedelta(days=1)
    revision = ride.save_revision()
    revision.publish()  # in the future: scheduled, not live
    ride.refresh_from_db()
    assert not ride.live
    # Time passes: the scheduled moment is now a minute ago.
    due = timezone.now() - datetime.timedelta(minutes=1)
    revision.refresh_from_db()
    revision.approved_go_live_at = due
    revision.content["go_live_at"] = due.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    return ride


# The worker closes its database connection between tasks, so this test cannot run inside a
# test transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_publishes_due_pages_and_runs_queued_tasks(scheduled_ride, settings):
    from django.core.cache import cache
    from django_tasks_db.models import DBTaskResult

    from operations.tests.tasks import record_ping

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = record_ping.enqueue("worker")
    assert DBTaskResult.objects.get(pk=result.id).status == "READY"

    call_command("run_worker", "--batch", verbosity=0)

    scheduled_ride.refresh_from_db()
    assert scheduled_ride.live
    assert DBTaskResult.objects.get(pk=result.id).status == "SUCCESSFUL"
    assert cache.get("worker-test:worker") == "done"
