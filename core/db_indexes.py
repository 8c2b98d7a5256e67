"""Indexes that a model's Meta cannot declare, as migration operations: on Wagtail's own
tables, on an expression, or in an order SQLite cannot index. Each migration says which
query the index serves and what it measured."""

from django.db import migrations


def raw_index(name, table, columns, vendors=("postgresql",), using=None, analyze=False, include=()):
    """A RunPython operation that runs `CREATE INDEX name ON table [USING using] (columns)` on
    the given database vendors (others have no such index) and drops it on the way back.
    `using` names a PostgreSQL index method (gin); the default is each database's B-tree.
    `include` adds non-key columns (PostgreSQL's INCLUDE), so a query that reads only those
    can answer from the index alone (an index-only scan).

    `analyze` refreshes the table's statistics afterwards: PostgreSQL knows an expression
    only from statistics on its index, and plans as if it were dear until it has them.
    """

    method = f" USING {using}" if using else ""
    covering = f" INCLUDE ({', '.join(include)})" if include else ""

    def create(apps, schema_editor):
        if schema_editor.connection.vendor in vendors:
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table}{method} ({columns}){covering}"
            )
            if analyze:
                schema_editor.execute(f"ANALYZE {table}")

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor in vendors:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")

    return migrations.RunPython(create, drop)


def dropped_index(name, table, columns, vendors=("postgresql",), using=None):
    """The inverse of raw_index: drops an index another one replaces, and creates it again on
    the way back."""
    index = raw_index(name, table, columns, vendors=vendors, using=using)
    return migrations.RunPython(index.reverse_code, index.code)
