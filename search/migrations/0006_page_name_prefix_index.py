"""The header search's suggestions on the database: live parks and rides whose name starts with
the typed text, A to Z (search.autocomplete.names_starting_with).

The key is the upper-cased title in byte order ("C"): only under that collation can PostgreSQL
turn `LIKE 'THU%'` into a range of the index and read it in order, so the first eight names
cost eight index entries however many pages start with the text. The pk follows as the
tie-break, and the live flag and content type are carried, so the scan never visits the table.
At 100,000 rides, ranking every page with a word starting with "thu" took 55 ms in PostgreSQL.
"""

from django.db import migrations

from core.db_indexes import raw_index


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_covering_key_indexes"),
    ]

    operations = [
        raw_index(
            "search_page_name_key",
            "wagtailcore_page",
            '(UPPER("title") COLLATE "C"), id',
            analyze=True,
            include=("live", "content_type_id"),
        ),
    ]
