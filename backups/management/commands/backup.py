"""manage.py backup: one timestamped archive of the database and the media files."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from backups.archive import create_backup
from backups.errors import BackupError


class Command(BaseCommand):
    help = (
        "Write one timestamped .tar archive holding a database dump, every media file from the "
        "configured storages (local or S3) and a manifest with SHA-256 checksums."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=None,
            help="Folder for the archive (default: BACKUP_DIR, or ./backups).",
        )

    def handle(self, *args, output_dir=None, **options):
        self.verbosity = options.get("verbosity", 1)
        output_dir = output_dir or settings.BACKUP_DIR
        try:
            path = create_backup(output_dir, log=self._log)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        except OSError as exc:
            raise CommandError(f"Could not write the backup to {output_dir}: {exc}") from None
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path}"))
        return None

    def _log(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)
