"""After a publish, the records and census results are computed on the task queue, so the
readers who come next do not wait for them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks import task_backends

from records.tasks import queue_warm_results, warm_results
from records.tests.factories_data import build_coasters
from records.tests.test_records_page import ranked

pytestmark = pytest.mark.django_db


def queued_warm_ups():
    """The warm-ups waiting in the (dummy) task queue; publishes queue index updates too."""
    return [r for r in task_backends["default"].results if r.task.name == "warm_results"]


def first_visit(client, url):
    """(queries, html) of a reader's first request for `url`."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response.content.decode()


def test_the_reader_after_a_publish_finds_records_and_census_computed(
    client, park_index, django_capture_on_commit_callbacks
):
    rides = build_coasters(park_index)
    wooden = rides["wooden"]
    wooden.height_m = "130"
    with django_capture_on_commit_callbacks(execute=True):
        wooden.save_revision().publish()

    queries, html = first_visit(client, "/records/")
    assert ranked(html)[0] == ("1", "Wooden")
    assert queries == 0
    assert first_visit(client, "/stats/")[0] == 0


def test_a_burst_of_publishes_queues_one_warm_up(
    park_index, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    rides = build_coasters(park_index)
    for ride in ("twin_a", "twin_b", "wooden"):
        with django_capture_on_commit_callbacks(execute=True):
            rides[ride].save_revision().publish()
    assert len(queued_warm_ups()) == 1

    # Once the warm-up starts, the next publish needs (and queues) one of its own.
    warm_results.call()
    queue_warm_results()
    assert len(queued_warm_ups()) == 2


def test_one_transaction_that_publishes_many_pages_warms_once_after_it_commits(
    park_index, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    rides = build_coasters(park_index)
    with django_capture_on_commit_callbacks() as callbacks:
        for ride in ("twin_a", "twin_b", "wooden"):
            rides[ride].save_revision().publish()
    assert queued_warm_ups() == []  # nothing before the commit
    warms = [callback for callback in callbacks if callback is queue_warm_results]
    assert len(warms) == 1


def test_a_site_whose_host_is_not_allowed_is_logged_not_raised(park_index, settings, caplog):
    settings.ALLOWED_HOSTS = ["thrillwiki.example"]
    assert warm_results.call() == [400, 400]
    assert "warming /records/ on" in caplog.text


def test_behind_https_the_warm_up_renders_the_pages_not_a_redirect(park_index, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert warm_results.call() == [200, 200]
