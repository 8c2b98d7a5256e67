"""A GIN index for what PostgreSQL full-text search really matches.

Wagtail's database backend (modelsearch's PostgreSQL backend) matches the concatenated vector
`title || body` of wagtailsearch_indexentry, so the GIN indexes it ships on `title` and on
`body` alone can never serve a search; this expression index can. SQLite has its own FTS5
table, so the migration does nothing there.
"""

from django.db import migrations

from core.db_indexes import raw_index


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        raw_index(
            "search_indexentry_title_body_gin",
            "wagtailsearch_indexentry",
            "(title || body)",
            using="gin",
        )
    ]
