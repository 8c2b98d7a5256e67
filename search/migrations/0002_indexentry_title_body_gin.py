"""A GIN index for what PostgreSQL full-text search really matches.

Wagtail's database backend (modelsearch's PostgreSQL backend) matches the concatenated vector
`title || body` of wagtailsearch_indexentry, so the GIN indexes it ships on `title` and on
`body` alone can never serve a search; this expression index can. SQLite has its own FTS5
table, so the migration does nothing there.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
