"""Bounded database connections, for DATABASES (settings import this module: no models).

A PostgreSQL server that accepts connections and never answers must cost a request seconds,
not the worker's whole timeout: `connect_timeout` bounds connecting (libpq's start-up
included), and `statement_timeout` makes the server cancel any query that runs too long.
Migrations lift the statement timeout for their own session (operations.database).

The planner is told that random reads cost little more than sequential ones
(`random_page_cost`, PostgreSQL's advice for SSD storage): with the server default of 4 it
answers "the 50 tallest rides of one manufacturer" by scanning every page of the site and
hash-joining, a cost that grows with the whole site instead of with the answer.
"""


def bounded_database(config, *, connect_timeout, statement_timeout_ms, random_page_cost=None):
    """Add the timeouts and the planner's cost of a random read to a PostgreSQL DATABASES
    entry, in place; other engines unchanged."""
    if "postgresql" not in config.get("ENGINE", ""):
        return config
    options = config.setdefault("OPTIONS", {})
    if connect_timeout:
        options.setdefault("connect_timeout", connect_timeout)
    server_settings = []
    if statement_timeout_ms:
        server_settings.append(f"-c statement_timeout={int(statement_timeout_ms)}")
    if random_page_cost:
        server_settings.append(f"-c random_page_cost={float(random_page_cost)}")
    if server_settings:
        options.setdefault("options", " ".join(server_settings))
    return config
