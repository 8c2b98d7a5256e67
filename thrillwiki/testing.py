"""Helpers shared by the test suites."""

import os
import subprocess
import sys
from pathlib import Path

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url, **headers):
    """Number of database queries one GET of `url` makes (after a warm-up request)."""
    client.get(url, **headers)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, **headers)
    assert response.status_code == 200, response.status_code
    return len(context.captured_queries)


def redis_commands(call):
    """(call's result, {Redis command: times it ran during the call}), as the Redis server of
    the default cache counts them (its statistics are the server's: this holds while nothing
    else uses that server), for pinning the round trips a request makes."""
    from django.core.cache import cache

    redis = cache._cache.get_client()
    before = redis.info("commandstats")
    result = call()
    after = redis.info("commandstats")
    calls = {
        name.removeprefix("cmdstat_"): stats["calls"] - before.get(name, {}).get("calls", 0)
        for name, stats in after.items()
        if name != "cmdstat_info"
    }
    return result, {name: count for name, count in calls.items() if count}


PROJECT_ROOT = Path(__file__).resolve().parent.parent


def run_project(*argv, drop=(), timeout=120, **env):
    """Run `python *argv` in the project folder in a fresh process and return the result.

    The child gets this process's environment without the variables whose names start with
    any prefix in `drop`, plus `env`; settings are read as the child starts, so this is how a
    test sees what a deployment with that environment would do.
    """
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(tuple(drop))
    }
    environment.update(env)
    return subprocess.run(  # noqa: S603 - the test's own argv, no outside input
        [sys.executable, *argv],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
