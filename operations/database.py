"""Session settings for work that needs other guarantees than a reader's request: commands
that legitimately run long (migrations) lift the statement timeout that
thrillwiki.settings.database sets, and writes that may be lost in a crash skip the wait for
the disk."""

from contextlib import contextmanager

from django.db import connection, transaction


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


@contextmanager
def asynchronous_commit():
    """A transaction whose commit does not wait for the write-ahead log to reach the disk.

    For bookkeeping written during a reader's request (a search to count): waiting for the
    disk cost more than the insert, and sometimes more than the whole page. A crash of the
    database server may lose the last fraction of a second of such writes, never corrupt
    them; other transactions keep their durability (PostgreSQL's synchronous_commit).
    """
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        yield
