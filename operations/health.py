"""Readiness checks, one per dependency. Each returns nothing or raises; `readiness()` decides.

Only the database is required: without it no page can be served, so /readyz answers 503
("down") and a load balancer should stop sending traffic. The cache, search and media storage
only degrade the site (slower pages, database search results, uploads refused with a clear
message), so /readyz stays 200 and says "degraded", naming them: pulling every instance out
of the load balancer for them would turn a partial outage into a total one.

Every check is bounded: the database by its connect and statement timeouts (it runs in the
request's own thread and connection), the others by READINESS_CHECK_TIMEOUT seconds each,
run side by side in threads, so /readyz answers within a few seconds whatever hangs. A cache
or search engine whose circuit breaker is open is reported degraded without being probed.
"""

import logging
import os
import uuid
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as CheckTimeout

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import storages
from django.db import connection
from wagtail.search.backends import get_search_backend

from operations.search_breaker import search_breaker_open

logger = logging.getLogger("thrillwiki.health")


class BreakerOpen(Exception):
    """The dependency's circuit breaker is open: known to be down, not probed again."""


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    if getattr(cache, "breaker_open", False):
        raise BreakerOpen("Redis is being skipped after a recent failure")
    ping = getattr(cache, "ping", None)
    if ping is not None:  # Redis: ask the server, the tolerant backend would hide an outage
        ping()
        return
    key = f"thrillwiki:readyz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 5)
    if cache.get(key) != "ok":
        raise RuntimeError("cache did not return what was written")
    cache.delete(key)


def check_media_storage():
    storage = storages["default"]
    bucket_name = getattr(storage, "bucket_name", None)
    if bucket_name:  # S3: the bucket must answer, with a short timeout and no retries
        import boto3
        from botocore.config import Config

        client = boto3.session.Session().client(
            "s3",
            endpoint_url=storage.endpoint_url,
            region_name=storage.region_name,
            aws_access_key_id=storage.access_key,
            aws_secret_access_key=storage.secret_key,
            config=Config(connect_timeout=2, read_timeout=2, retries={"max_attempts": 1}),
        )
        client.head_bucket(Bucket=bucket_name)
        return
    location = getattr(storage, "location", settings.MEDIA_ROOT)
    existing = location
    while not os.path.isdir(existing):  # the folder is created on the first upload
        parent = os.path.dirname(existing)
        if parent == existing:
            break
        existing = parent
    if not os.access(existing, os.W_OK):
        raise PermissionError("media folder is not writable")


def check_search():
    if search_breaker_open():
        raise BreakerOpen("searches are served from the database after a recent failure")
    client = getattr(get_search_backend(), "es", None)
    if client is not None and not client.ping():
        raise ConnectionError("Elasticsearch did not answer")


REQUIRED_CHECKS = {"database": check_database}
OPTIONAL_CHECKS = {
    "cache": check_cache,
    "media_storage": check_media_storage,
    "search": check_search,
}


def _report(name, exc, required):
    logger.warning(
        "readiness check %s failed",
        name,
        extra={"check": name, "error": f"{type(exc).__name__}: {exc}"},
    )
    return {"status": "down", "required": required}


def _run_optional_checks():
    """Run the optional checks side by side, each given READINESS_CHECK_TIMEOUT seconds; a
    check still running then is reported down and left to finish on its own."""
    results = {}
    pool = ThreadPoolExecutor(max_workers=len(OPTIONAL_CHECKS), thread_name_prefix="readyz")
    try:
        futures = {name: pool.submit(check) for name, check in OPTIONAL_CHECKS.items()}
        for name, future in futures.items():
            try:
                future.result(timeout=settings.READINESS_CHECK_TIMEOUT)
                results[name] = {"status": "ok", "required": False}
            except CheckTimeout:
                results[name] = _report(name, TimeoutError("no answer in time"), False)
            except Exception as exc:  # any failure of an optional dependency only degrades
                results[name] = _report(name, exc, False)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return results


def readiness():
    """("ok" | "degraded" | "down", {name: {"status": "ok"|"down", "required": bool}}).

    "down" when the database is; "degraded" when only optional dependencies are; else "ok".
    """
    results = {}
    for name, check in REQUIRED_CHECKS.items():
        try:
            check()
            results[name] = {"status": "ok", "required": True}
        except Exception as exc:  # the database (or its driver) failed: not ready
            results[name] = _report(name, exc, True)
    results.update(_run_optional_checks())
    if any(r["status"] == "down" and r["required"] for r in results.values()):
        return "down", results
    if any(r["status"] == "down" for r in results.values()):
        return "degraded", results
    return "ok", results
