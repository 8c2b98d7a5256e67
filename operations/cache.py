"""Caching that degrades instead of failing.

Redis is an accelerator, not a dependency: when it is unreachable the site must get slower, not
break. `ErrorTolerantRedisCache` turns every Redis error into a cache miss (reads) or a no-op
(writes), logs it (at most once every few seconds per process, so an outage does not flood the
logs), and connects with short timeouts so a dead server costs milliseconds, not seconds.
"""

import logging
import time
import uuid

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("thrillwiki.cache")

REDIS_BACKEND = "django.core.cache.backends.redis.RedisCache"
TOLERANT_BACKEND = "operations.cache.ErrorTolerantRedisCache"
# Short socket timeouts: a cache that answers slowly is worse than none.
REDIS_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5, "retry_on_timeout": False}
_LOG_INTERVAL = 10.0


def make_error_tolerant(caches):
    """Switch every Redis alias of a CACHES setting to the error-tolerant backend, in place."""
    for config in caches.values():
        if config.get("BACKEND") in (REDIS_BACKEND, TOLERANT_BACKEND):
            config["BACKEND"] = TOLERANT_BACKEND
            config["OPTIONS"] = {**REDIS_OPTIONS, **config.get("OPTIONS", {})}
    return caches


class ErrorTolerantRedisCache(RedisCache):
    """Django's Redis cache, but a Redis outage reads as a miss and writes are dropped."""

    _last_logged = 0.0

    def _failed(self, operation, exc):
        now = time.monotonic()
        if now - ErrorTolerantRedisCache._last_logged >= _LOG_INTERVAL:
            ErrorTolerantRedisCache._last_logged = now
            logger.warning(
                "cache %s failed; continuing without the cache",
                operation,
                extra={"cache_error": f"{type(exc).__name__}: {exc}"},
            )

    def ping(self):
        """Raise if Redis is unreachable (used by the readiness check, which must not guess)."""
        return self._cache.get_client().ping()

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except RedisError as exc:
            self._failed("add", exc)
            return False

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except RedisError as exc:
            self._failed("get", exc)
            return default

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except RedisError as exc:
            self._failed("set", exc)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except RedisError as exc:
            self._failed("touch", exc)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except RedisError as exc:
            self._failed("delete", exc)
            return False

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except RedisError as exc:
            self._failed("get_many", exc)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except RedisError as exc:
            self._failed("has_key", exc)
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except RedisError as exc:
            # Callers of incr() handle a missing key (ValueError); an outage looks the same.
            self._failed("incr", exc)
            raise ValueError(f"Key '{key}' not found (cache unavailable)") from exc

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except RedisError as exc:
            self._failed("set_many", exc)
            return list(data)

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except RedisError as exc:
            self._failed("delete_many", exc)

    def clear(self):
        try:
            return super().clear()
        except RedisError as exc:
            self._failed("clear", exc)
            return False


# --- Content version: one token that changes whenever public content changes ---------------
CONTENT_VERSION_KEY = "thrillwiki:content-version"


def content_version():
    """The current content version token; cached fragments and pages include it in their key.

    It is a random token, not a counter, so a version that was evicted from the cache is
    replaced by a new one and can never bring back entries cached under an older version.
    """
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(CONTENT_VERSION_KEY, version, timeout=None):
            version = cache.get(CONTENT_VERSION_KEY) or version
    return version


def bump_content_version():
    """Invalidate every cached page and fragment at once (after a publish, unpublish, ...)."""
    cache.set(CONTENT_VERSION_KEY, uuid.uuid4().hex, timeout=None)
