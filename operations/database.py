"""Commands that legitimately run long (migrations) lift the statement timeout that
thrillwiki.settings.database sets, for their own session only."""

from contextlib import contextmanager

from django.db import connection


@contextmanager
def unbounded_statements():
    """Lift statement_timeout for this connection's session inside the block (migrations)."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET statement_timeout = 0")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET statement_timeout")
