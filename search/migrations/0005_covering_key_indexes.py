"""The database search's join indexes carry what the search reads, so PostgreSQL answers its
joins from the indexes alone.

A ranked search on PostgreSQL (search/postgres.py) reads, for every matching entry, its park
or ride's filter fields and opening date, and its page's title and live flag. With the key
indexes of 0003 alone PostgreSQL scanned the whole ride table (963 pages at 10,000 rides) and
the whole page table for every broad search: 8 and 3 ms of the 26 ms "water park" took. With
those columns included in the indexes it reads them from index-only scans (about 1 ms each),
once the tables' visibility maps are set (autovacuum, or generate_data's VACUUM).
"""

from django.db import migrations

from core.db_indexes import raw_index

KEY_AS_TEXT = "((page_ptr_id::varchar(50))::text)"  # the backend's join: pk::varchar(50)::text
COVERED = {
    "search_parkpage_key_text": (
        "parks_parkpage",
        ("page_ptr_id", "status", "country", "park_type", "opening_date"),
    ),
    "search_ridepage_key_text": (
        "rides_ridepage",
        ("page_ptr_id", "status", "category", "manufacturer_id", "opening_date"),
    ),
}


def rebuild(name, table, include):
    """Build 0003's key index `name` again with `include` columns (and back without)."""

    def build(schema_editor, covering):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
            schema_editor.execute(f"CREATE INDEX {name} ON {table} ({KEY_AS_TEXT}){covering}")
            schema_editor.execute(f"ANALYZE {table}")

    return migrations.RunPython(
        lambda apps, schema_editor: build(schema_editor, f" INCLUDE ({', '.join(include)})"),
        lambda apps, schema_editor: build(schema_editor, ""),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_page_title_trigram_index"),
    ]

    operations = [
        *(rebuild(name, table, include) for name, (table, include) in COVERED.items()),
        raw_index(
            "search_page_live_title",
            "wagtailcore_page",
            "id",
            analyze=True,
            include=("live", "title"),
        ),
    ]
