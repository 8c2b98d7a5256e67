"""Bounded database calls. Settings import this module: no Django models.

A PostgreSQL server that accepts connections and never answers must cost a request seconds,
not the worker's whole timeout: `connect_timeout` bounds connecting (libpq's start-up
included), and `statement_timeout` makes the server cancel any query that runs too long.
Commands that legitimately run long (migrations) lift the statement timeout for their own
session with `unbounded_statements()`.
"""

from contextlib import contextmanager

from django.db import connection


def bounded_database(config, *, connect_timeout, statement_timeout_ms):
    """Add the timeouts to a PostgreSQL DATABASES entry, in place; other engines unchanged."""
    if "postgresql" not in config.get("ENGINE", ""):
        return config
    options = config.setdefault("OPTIONS", {})
    if connect_timeout:
        options.setdefault("connect_timeout", connect_timeout)
    if statement_timeout_ms:
        options.setdefault("options", f"-c statement_timeout={int(statement_timeout_ms)}")
    return config


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
