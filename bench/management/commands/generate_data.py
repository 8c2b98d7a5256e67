"""Generate a large, deterministic dataset for benchmarks and profiling (see bench/datagen/)."""

import resource
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from wagtail.models import Page, ReferenceIndex, Revision
from wagtail.signal_handlers import disable_reference_index_auto_update

from bench.datagen import DatasetError, plan_dataset, write_dataset
from operations.cache import bump_content_version
from operations.database import unbounded_statements
from parks.models import ParkArea, ParkGalleryImage, ParkPage
from rides.models import RideGalleryImage, RidePage


class Command(BaseCommand):
    help = (
        "Create N parks and M rides (with companies, ride models, statistics and a shared pool "
        "of placeholder images) from a seed: the same arguments always give the same data. "
        "Pages are written in bulk, published, with one revision each and their reference-index "
        "rows; the search index is rebuilt at the end. Not the demo content: see load_demo."
    )

    def add_arguments(self, parser):
        parser.add_argument("--parks", type=int, default=1000)
        parser.add_argument("--rides", type=int, default=10000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--images", type=int, default=40, help="Size of the shared image pool.")
        parser.add_argument(
            "--skip-index",
            action="store_true",
            help="Do not rebuild the search index (run update_index yourself before searching).",
        )

    def handle(self, *args, parks, rides, seed, images, skip_index, **options):
        if parks < 1 or rides < 0 or images < 1:
            raise CommandError("--parks and --images must be at least 1; --rides at least 0.")
        # Bulk writes and the index rebuild run long by design: the web's statement timeout
        # cancelled the database index's title-norm refresh at 100,000 rides on a busy machine.
        with unbounded_statements():
            self.generate(parks, rides, seed, images, skip_index)

    def generate(self, parks, rides, seed, images, skip_index):
        started = time.monotonic()
        plan = plan_dataset(parks, rides, seed, images=images)
        self.stdout.write(f"Planned {parks} parks and {rides} rides (seed {seed}).")
        try:
            # write_dataset writes the reference index rows of what it creates in bulk; the
            # per-save update would only repeat them, one object at a time.
            with disable_reference_index_auto_update():
                write_dataset(plan, stdout=self.stdout)
        except DatasetError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"  written in {time.monotonic() - started:.1f} s")
        # Written in bulk, without the publish signals: say "new content" the way a publish
        # does, so no cached fragment, total or Site from before is served.
        bump_content_version()
        self.analyze()
        if skip_index:
            self.stdout.write("Search index not rebuilt (--skip-index): run update_index.")
        else:
            indexing = time.monotonic()
            call_command("update_index", verbosity=0, stdout=self.stdout)
            self.stdout.write(f"  search index rebuilt in {time.monotonic() - indexing:.1f} s")
        elapsed = time.monotonic() - started
        # The last line is what the benchmark's results file records: time and peak memory.
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {parks} parks and {rides} rides in {elapsed:.1f} s; "
                f"peak memory of this process {peak_mb:.0f} MB."
            )
        )

    def analyze(self):
        """Fresh planner statistics and visibility maps: without them PostgreSQL plans the new
        rows as if the tables were still nearly empty, and reads every heap page behind an
        index-only scan, until autovacuum gets round to them (a site that has been running
        a while is in that state already)."""
        if connection.vendor == "postgresql":
            models = (Page, ParkPage, RidePage, Revision, ParkArea, ParkGalleryImage)
            with connection.cursor() as cursor:
                for model in (*models, RideGalleryImage, ReferenceIndex):
                    table = connection.ops.quote_name(model._meta.db_table)
                    # VACUUM cannot run in a transaction (a test's): statistics only there.
                    vacuum = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
                    cursor.execute(f"{vacuum} {table}")
