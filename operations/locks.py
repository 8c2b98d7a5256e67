"""Cluster-wide mutual exclusion through PostgreSQL advisory locks.

Two releases must not migrate at once, and only one worker should publish scheduled pages at
a time, however many machines run them. On SQLite (one machine by definition) the lock is a
no-op that is always acquired.
"""

import hashlib
import time
from contextlib import contextmanager

from django.db import connection


class LockTimeout(Exception):
    pass


def lock_key(name):
    """A stable signed 64-bit key for pg_advisory_lock from a readable name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


@contextmanager
def advisory_lock(name, timeout=0.0, poll=0.5):
    """Hold the named lock for the block; yields False if it could not be taken in `timeout`
    seconds when `timeout` is 0 (try once), and raises LockTimeout when it is positive."""
    if connection.vendor != "postgresql":
        yield True
        return
    key = lock_key(name)
    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while True:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
            if cursor.fetchone()[0]:
                break
            if timeout <= 0:
                yield False
                return
            if time.monotonic() >= deadline:
                raise LockTimeout(f"the {name!r} lock is held by another process")
            time.sleep(poll)
    try:
        yield True
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
