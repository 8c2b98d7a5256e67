"""The `worker` process: the django-tasks database queue, scheduled publishing, open data.

`db_worker` runs in the main thread (it handles SIGTERM/SIGINT and finishes the current task);
a background thread runs Wagtail's `publish_scheduled` every --publish-interval seconds under
an advisory lock, so with several workers only one publishes at a time. Another checks every
hour, under its own lock, whether the open data export (/data/) is a day old and refreshes it;
checking the export's age rather than counting from start-up keeps it daily across restarts.
"""

import logging
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from operations.locks import advisory_lock
from thrillwiki.settings.env import env

logger = logging.getLogger("thrillwiki.worker")
PUBLISH_LOCK = "thrillwiki-publish-scheduled"
OPEN_DATA_LOCK = "thrillwiki-open-data-export"
OPEN_DATA_CHECK_INTERVAL = 3600


def publish_scheduled_once():
    """Publish and unpublish whatever is due; returns False when another worker is doing it."""
    try:
        with advisory_lock(PUBLISH_LOCK) as acquired:
            if acquired:
                call_command("publish_scheduled", verbosity=0)
            return acquired
    except Exception:
        logger.exception("publish_scheduled failed; retrying at the next interval")
        return False


def export_open_data_once():
    """Refresh the open data downloads if they are older than OPEN_DATA_MAX_AGE seconds."""
    try:
        with advisory_lock(OPEN_DATA_LOCK) as acquired:
            if acquired:
                max_age = env("OPEN_DATA_MAX_AGE", 86400.0, float)
                call_command("export_open_data", if_older_than=max_age, verbosity=0)
            return acquired
    except Exception:
        logger.exception("export_open_data failed; retrying at the next check")
        return False


def export_open_data_forever(interval, stop):
    """Check at start-up, then every `interval` seconds, until the worker stops."""
    while True:
        export_open_data_once()
        connection.close()
        if stop.wait(interval):
            return


def publish_scheduled_forever(interval, stop):
    while not stop.wait(interval):
        publish_scheduled_once()
        connection.close()  # this thread's connection; never keep one idle between runs


class Command(BaseCommand):
    help = "Run background tasks (db_worker) and publish scheduled pages periodically."

    def add_arguments(self, parser):
        parser.add_argument(
            "--publish-interval",
            type=float,
            default=env("WORKER_PUBLISH_INTERVAL", 60.0, float),
            help="Seconds between scheduled-publishing runs (env WORKER_PUBLISH_INTERVAL, 60).",
        )
        parser.add_argument("--queue-name", default="default")
        parser.add_argument(
            "--batch",
            action="store_true",
            help="Publish what is due and run the queued tasks once, then exit.",
        )

    def handle(self, *args, publish_interval, queue_name, batch, verbosity, **options):
        publish_scheduled_once()
        stop = threading.Event()
        publisher = threading.Thread(
            target=publish_scheduled_forever,
            args=(publish_interval, stop),
            name="publish-scheduled",
            daemon=True,
        )
        exporter = threading.Thread(
            target=export_open_data_forever,
            args=(OPEN_DATA_CHECK_INTERVAL, stop),
            name="open-data-export",
            daemon=True,
        )
        if not batch:
            publisher.start()
            exporter.start()
        try:
            call_command(
                "db_worker",
                queue_name=queue_name,
                batch=batch,
                reload=False,
                startup_delay=not batch,
                verbosity=verbosity,
            )
        finally:
            stop.set()
            for thread in (publisher, exporter):
                if thread.is_alive():
                    thread.join(timeout=30)
