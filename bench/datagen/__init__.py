"""A large, deterministic, realistic dataset for benchmarks and profiling (`generate_data`).

`plan_dataset(parks, rides, seed)` decides everything from a seeded random generator: the same
arguments always give the same companies, parks, rides, statistics and image pool. `write_dataset`
then writes the plan in bulk, without Wagtail's per-page `add_child()` / `save_revision()` /
`publish()`, which cost dozens of queries per page:

- the page fields come from the shared page builder (`parks.builders`, `rides.builders`), the
  same one `load_demo` and the factories use; only the writing differs;
- treebeard paths, depths and child counts are computed here; `url_path` is parent + slug;
- the shared `wagtailcore_page` rows go in with `bulk_create`, the page-type tables (which
  `bulk_create` refuses for multi-table inheritance) with one `executemany` per table;
- every page gets one published revision (latest = live), so the admin shows it as published;
- skipped, and rebuilt afterwards: the search index (`update_index`) and the reference index
  (`rebuild_references_index`), both by the command unless told not to; no page log entries
  ("created"/"published" history rows) are written, and no workflow state.
"""

from bench.datagen.plan import Plan, plan_dataset
from bench.datagen.vocabulary import REFERENCE_PARK_RIDES
from bench.datagen.write import DatasetError, write_dataset

__all__ = ["REFERENCE_PARK_RIDES", "DatasetError", "Plan", "plan_dataset", "write_dataset"]
