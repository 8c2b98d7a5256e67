"""Bounded database connections, for DATABASES (settings import this module: no models).

A PostgreSQL server that accepts connections and never answers must cost a request seconds,
not the worker's whole timeout: `connect_timeout` bounds connecting (libpq's start-up
included), and `statement_timeout` makes the server cancel any query that runs too long.
Migrations lift the statement timeout for their own session (operations.database).
"""


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
