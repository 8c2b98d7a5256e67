"""`release` phase: migrate while holding a cluster-wide lock, so two releases started at the
same time (two machines, a retried deploy) cannot run migrations concurrently. The second
waits for the first and then finds nothing left to do.

Then it starts a new content version: pages, fragments and values kept under the old one were
made by the previous release's code and templates, and the new code must not serve them.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from operations.cache import new_content_version
from operations.database import unbounded_statements
from operations.locks import LockTimeout, advisory_lock

MIGRATE_LOCK = "thrillwiki-migrate"


class Command(BaseCommand):
    help = "Run migrate under a PostgreSQL advisory lock (plain migrate on SQLite)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--lock-timeout",
            type=float,
            default=600.0,
            help="Seconds to wait for another release's migration to finish (default: 600).",
        )

    def handle(self, *args, lock_timeout, verbosity, **options):
        if lock_timeout <= 0:
            raise CommandError("--lock-timeout must be positive.")
        try:
            # Data migrations may run longer than the web's statement timeout.
            with advisory_lock(MIGRATE_LOCK, timeout=lock_timeout), unbounded_statements():
                call_command(
                    "migrate",
                    interactive=False,
                    verbosity=verbosity,
                    stdout=self.stdout,
                    stderr=self.stderr,
                )
        except LockTimeout as exc:
            raise CommandError(
                f"Another release is still migrating ({exc}); gave up after {lock_timeout:g}s."
            ) from exc
        new_content_version()
