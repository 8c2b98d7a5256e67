"""manage.py restore ARCHIVE: verify a backup, then load its database and media files."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from backups.archive import restore_backup
from backups.errors import BackupError


class Command(BaseCommand):
    help = (
        "Verify every checksum in a backup archive, then restore its database and media files. "
        "Refuses a database with tables or a storage with files unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Path of a .tar written by `manage.py backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the existing database and overwrite same-named media files.",
        )

    def handle(self, *args, archive, force=False, **options):
        self.verbosity = options.get("verbosity", 1)
        try:
            restore_backup(archive, force=force, log=self._log)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(self.style.SUCCESS(f"Restored {archive}"))
        self.stdout.write("Restart the web and worker processes so none keeps state from before.")
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            self.stdout.write(
                self.style.WARNING(
                    f"The backup predates {len(pending)} migration"
                    f"{'' if len(pending) == 1 else 's'} of this code: "
                    "run `manage.py migrate` before starting the site."
                )
            )

    def _log(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)
