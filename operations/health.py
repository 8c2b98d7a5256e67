"""Readiness checks, one per dependency. Each returns nothing or raises; the view reports.

Required dependencies (the site cannot serve pages without them) make /readyz answer 503:
the database and media storage. The cache and the search backend are reported but optional:
a Redis outage only makes pages slower, and search falls back to the database backend.
"""

import logging
import os
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import storages
from django.db import connection

logger = logging.getLogger("thrillwiki.health")


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
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
    from wagtail.search.backends import get_search_backend

    client = getattr(get_search_backend(), "es", None)
    if client is not None and not client.ping():
        raise ConnectionError("Elasticsearch did not answer")


CHECKS = {
    "database": (check_database, True),
    "cache": (check_cache, False),
    "media_storage": (check_media_storage, True),
    "search": (check_search, False),
}


def readiness():
    """(ready, {name: {"status": "ok"|"down", "required": bool}}) for every dependency."""
    results = {}
    ready = True
    for name, (check, required) in CHECKS.items():
        try:
            check()
            status = "ok"
        except Exception as exc:
            status = "down"
            ready = ready and not required
            logger.warning(
                "readiness check %s failed",
                name,
                extra={"check": name, "error": f"{type(exc).__name__}: {exc}"},
            )
        results[name] = {"status": status, "required": required}
    return ready, results
