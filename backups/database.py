"""Dump and restore the `default` database.

PostgreSQL uses its own tools: `pg_dump --format=custom` and `pg_restore`, which keep types,
sequences, indexes and constraints exactly. SQLite (the embedded default) is copied page by page
with SQLite's online backup API, which is consistent even while the site is running.
"""

import os
import shutil
import sqlite3
import subprocess

from django.db import connection

from backups.errors import BackupError

POSTGRES_FILE = "database.pgdump"
SQLITE_FILE = "database.sqlite3"


def vendor():
    return connection.vendor


def dump_file_name():
    if vendor() == "postgresql":
        return POSTGRES_FILE
    if vendor() == "sqlite":
        return SQLITE_FILE
    raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor()}.")


def _postgres_command(program):
    """argv prefix and environment for a PostgreSQL client tool, from the live connection."""
    path = shutil.which(program)
    if path is None:
        raise BackupError(
            f"{program} is not installed; install the PostgreSQL client tools "
            "(the same major version as the server, or newer)."
        )
    params = connection.settings_dict
    argv = [path, "--no-password"]
    if params.get("HOST"):
        argv += ["--host", str(params["HOST"])]
    if params.get("PORT"):
        argv += ["--port", str(params["PORT"])]
    if params.get("USER"):
        argv += ["--username", str(params["USER"])]
    environment = dict(os.environ)
    if params.get("PASSWORD"):
        environment["PGPASSWORD"] = str(params["PASSWORD"])
    sslmode = (params.get("OPTIONS") or {}).get("sslmode")
    if sslmode:
        environment["PGSSLMODE"] = str(sslmode)
    return argv, environment


def _run(argv, environment, what):
    result = subprocess.run(  # noqa: S603 - argv built from settings, never from user input
        argv, env=environment, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        raise BackupError(f"{what} failed (exit code {result.returncode}): {detail}")
    return result.stdout


def tool_version(program):
    argv, environment = _postgres_command(program)
    return _run([argv[0], "--version"], environment, program).strip()


def dump(path):
    """Write the database to `path`; return what the manifest records about it."""
    if vendor() == "postgresql":
        argv, environment = _postgres_command("pg_dump")
        argv += [
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            "--file",
            str(path),
            connection.settings_dict["NAME"],
        ]
        _run(argv, environment, "pg_dump")
        return {"vendor": "postgresql", "format": "pg_dump custom", "tool": tool_version("pg_dump")}
    if vendor() == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
        return {"vendor": "sqlite", "format": "sqlite3 database file"}
    raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor()}.")


def table_names():
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


def drop_all_tables():
    """Remove every table the connection can see, so a dump can be loaded in their place."""
    tables = table_names()
    if not tables:
        return
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if vendor() == "postgresql":
            cursor.execute("DROP TABLE IF EXISTS " + ", ".join(map(quote, tables)) + " CASCADE")
        else:
            cursor.execute("PRAGMA foreign_keys = OFF")
            for table in tables:
                cursor.execute(f"DROP TABLE IF EXISTS {quote(table)}")
            cursor.execute("PRAGMA foreign_keys = ON")


def restore(path, meta):
    """Load a dump written by `dump()` into the (empty) database."""
    if meta.get("vendor") != vendor():
        raise BackupError(
            f"The archive holds a {meta.get('vendor')} dump but this site runs on {vendor()}; "
            "restore it into the same kind of database."
        )
    if vendor() == "postgresql":
        argv, environment = _postgres_command("pg_restore")
        argv += [
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            "--dbname",
            connection.settings_dict["NAME"],
            str(path),
        ]
        connection.close()  # nothing of ours holds a lock while pg_restore works
        _run(argv, environment, "pg_restore")
        return
    connection.ensure_connection()
    source = sqlite3.connect(path)
    try:
        source.backup(connection.connection)
    finally:
        source.close()
