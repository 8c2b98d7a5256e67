"""`manage.py export_open_data`: refresh the bulk downloads listed at /data/."""

import datetime
import resource
import time

from django.core.management.base import BaseCommand
from django.utils import timezone

from api.export import export_open_data, read_manifest


class Command(BaseCommand):
    help = "Export parks, rides, companies and ride models as CSV and JSON, with a manifest."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-older-than",
            type=float,
            default=None,
            metavar="SECONDS",
            help="Do nothing if the current export is younger than this (the worker's daily run).",
        )

    def handle(self, *args, if_older_than, **options):
        if if_older_than is not None and not self.is_stale(if_older_than):
            self.stdout.write("The open data export is current; nothing to do.")
            return
        start = time.perf_counter()
        manifest = export_open_data()
        seconds = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        for entry in manifest["files"]:
            self.stdout.write(f"{entry['path']}: {entry['rows']} rows, {entry['bytes']} bytes")
        self.stdout.write(
            f"Exported in {seconds:.1f} s; peak memory of this process {peak_mb:.0f} MB."
        )

    @staticmethod
    def is_stale(max_age):
        manifest = read_manifest()
        if manifest is None:
            return True
        generated = datetime.datetime.fromisoformat(manifest["generated_at"])
        return (timezone.now() - generated).total_seconds() >= max_age
