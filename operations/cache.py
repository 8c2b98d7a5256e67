"""Caching that degrades instead of failing.

Redis is an accelerator, not a dependency: when it is unreachable the site must get slower, not
break. `ErrorTolerantRedisCache` turns every Redis error into a cache miss (reads) or a no-op
(writes), logs it (at most once every few seconds per process, so an outage does not flood the
logs), and connects with short timeouts so a dead server costs milliseconds, not seconds. A
circuit breaker (`RedisBreaker`) then skips Redis for a while, so a server that hangs instead
of refusing costs one timeout per outage window, not one per cache call.
"""

import logging
import time
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.db import transaction
from redis.exceptions import RedisError

from core.memo import request_memo

logger = logging.getLogger("thrillwiki.cache")

REDIS_BACKEND = "django.core.cache.backends.redis.RedisCache"
TOLERANT_BACKEND = "operations.cache.ErrorTolerantRedisCache"
# Short socket timeouts: a cache that answers slowly is worse than none.
REDIS_OPTIONS = {"socket_connect_timeout": 0.3, "socket_timeout": 0.3, "retry_on_timeout": False}
_LOG_INTERVAL = 10.0


def make_error_tolerant(caches):
    """Switch every Redis alias of a CACHES setting to the error-tolerant backend, in place."""
    for config in caches.values():
        if config.get("BACKEND") in (REDIS_BACKEND, TOLERANT_BACKEND):
            config["BACKEND"] = TOLERANT_BACKEND
            config["OPTIONS"] = {**REDIS_OPTIONS, **config.get("OPTIONS", {})}
    return caches


class RedisBreaker:
    """A circuit breaker for one Redis server, shared by every cache alias that uses it.

    After a timeout or connection error the breaker opens: for `REDIS_BREAKER_SECONDS` every
    cache call (page cache, fragment caches, renditions, anything else on the cache) is a
    miss at once instead of waiting for its socket timeout again. The first call after that
    tries Redis once more (half-open); a success closes the breaker, a failure reopens it.
    """

    _open_until = {}  # server location -> monotonic time until which Redis is skipped

    @classmethod
    def is_open(cls, location):
        return time.monotonic() < cls._open_until.get(location, 0.0)

    @classmethod
    def trip(cls, location):
        cls._open_until[location] = time.monotonic() + settings.REDIS_BREAKER_SECONDS

    @classmethod
    def reset(cls, location=None):
        """Close the breaker; True when it had been tripped (Redis just came back)."""
        if location is None:
            cls._open_until.clear()
            return False
        return cls._open_until.pop(location, None) is not None


class RedisSkipped(RedisError):
    """Raised inside the tolerant backend while the breaker is open (never leaves it)."""


class SharedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis cache client, with one `redis.Redis` per connection pool.

    Django builds a new `redis.Redis` for every cache call, and each one sets up its response
    callbacks anew: 60 microseconds, five times on every public page. The client holds no
    connection of its own (its pool does, and the pool reconnects after a fork), so one per
    pool serves every call.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class ErrorTolerantRedisCache(RedisCache):
    """Django's Redis cache, but a Redis outage reads as a miss and writes are dropped, and a
    circuit breaker stops paying a timeout per call during an outage."""

    _last_logged = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient

    @property
    def breaker_key(self):
        """The Redis servers' host:port: aliases on one server (any database) share a breaker."""
        return ",".join(urlsplit(server).netloc for server in self._servers)

    def _failed(self, operation, exc):
        if not isinstance(exc, RedisSkipped):
            RedisBreaker.trip(self.breaker_key)
        now = time.monotonic()
        if now - ErrorTolerantRedisCache._last_logged >= _LOG_INTERVAL:
            ErrorTolerantRedisCache._last_logged = now
            logger.warning(
                "cache %s failed; continuing without the cache for %ss",
                operation,
                settings.REDIS_BREAKER_SECONDS,
                extra={"cache_error": f"{type(exc).__name__}: {exc}"},
            )

    def _guarded(self, operation, fallback, call):
        """Run `call()` unless the breaker is open; a Redis error returns `fallback()`."""
        try:
            if RedisBreaker.is_open(self.breaker_key):
                raise RedisSkipped("the Redis circuit breaker is open")
            result = call()
        except RedisError as exc:
            self._failed(operation, exc)
            return fallback()
        if RedisBreaker.reset(self.breaker_key):
            redis_recovered()
        return result

    @property
    def breaker_open(self):
        """Whether calls currently skip Redis (the readiness check reports it without waiting)."""
        return RedisBreaker.is_open(self.breaker_key)

    def ping(self):
        """Raise if Redis is unreachable (used by the readiness check, which must not guess)."""
        try:
            result = self._cache.get_client().ping()
        except RedisError:
            RedisBreaker.trip(self.breaker_key)
            raise
        if RedisBreaker.reset(self.breaker_key):
            redis_recovered()
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        call = super().add
        return self._guarded("add", lambda: False, lambda: call(key, value, timeout, version))

    def get(self, key, default=None, version=None):
        call = super().get
        return self._guarded("get", lambda: default, lambda: call(key, default, version))

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        call = super().set
        self._guarded("set", lambda: None, lambda: call(key, value, timeout, version))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        call = super().touch
        return self._guarded("touch", lambda: False, lambda: call(key, timeout, version))

    def delete(self, key, version=None):
        call = super().delete
        return self._guarded("delete", lambda: False, lambda: call(key, version))

    def get_many(self, keys, version=None):
        call = super().get_many
        return self._guarded("get_many", dict, lambda: call(keys, version))

    def has_key(self, key, version=None):
        call = super().has_key
        return self._guarded("has_key", lambda: False, lambda: call(key, version))

    def incr(self, key, delta=1, version=None):
        def missing():
            # Callers of incr() handle a missing key (ValueError); an outage looks the same.
            raise ValueError(f"Key '{key}' not found (cache unavailable)")

        call = super().incr
        return self._guarded("incr", missing, lambda: call(key, delta, version))

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        call = super().set_many
        return self._guarded("set_many", lambda: list(data), lambda: call(data, timeout, version))

    def delete_many(self, keys, version=None):
        call = super().delete_many
        self._guarded("delete_many", lambda: None, lambda: call(keys, version))

    def clear(self):
        return self._guarded("clear", lambda: False, super().clear)


# --- Content version: one token that changes whenever public content changes ---------------
CONTENT_VERSION_KEY = "thrillwiki:content-version"


def content_version():
    """The current content version token; cached fragments and pages include it in their key.

    It is a random token, not a counter, so a version that was evicted from the cache is
    replaced by a new one and can never bring back entries cached under an older version.
    Read from Redis once per request (the page cache, every fragment and the cached site
    use it), then kept in the request's memo; a bump during the request replaces it there.
    """
    memo = request_memo()
    if memo is not None and "content_version" in memo:
        return memo["content_version"]
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(CONTENT_VERSION_KEY, version, timeout=None):
            version = cache.get(CONTENT_VERSION_KEY) or version
    if memo is not None:
        memo["content_version"] = version
    return version


def with_content_version(key):
    """(the content version, the cached value of `key`) in one cache round trip, for the page
    cache: a kept page is served after one read instead of two (the version, then the page).

    A version already read in this request is not read again; a missing version is made as
    `content_version` makes it, and then nothing can have been kept under it.
    """
    memo = request_memo()
    if memo is not None and "content_version" in memo:
        return memo["content_version"], cache.get(key)
    found = cache.get_many([CONTENT_VERSION_KEY, key])
    version = found.get(CONTENT_VERSION_KEY)
    if version is None:
        return content_version(), None
    if memo is not None:
        memo["content_version"] = version
    return version, found.get(key)


def per_content_version(name, compute, timeout=24 * 3600):
    """`compute()`, kept in the cache under the content version: for anything read from every
    public page (totals, filter choices, counts) that only a publish, unpublish, move, delete
    or restriction can change. Each of those bumps the version, so a kept value is never
    stale; without a cache it is computed every time. A None result is not kept (nothing
    worth keeping: a URL that names no page must not take room in the cache)."""
    key = f"thrillwiki:{name}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, timeout)
    return value


def many_per_content_version(name, items, key, compute_missing, timeout=24 * 3600):
    """[value of each item], each kept in the cache under the content version like
    `per_content_version`, in one round trip: `compute_missing(items)` is called once, with
    only the items that were not kept, and returns their values in order. For fragments that
    many pages show (a result card), so a page renders only the ones no page has shown since
    the last publish."""
    version = content_version()
    keys = [f"thrillwiki:{name}:{version}:{key(item)}" for item in items]
    found = cache.get_many(keys) if keys else {}
    missing = [(k, item) for k, item in zip(keys, items, strict=True) if k not in found]
    if missing:
        values = compute_missing([item for _, item in missing])
        computed = dict(zip((k for k, _ in missing), values, strict=True))
        cache.set_many(computed, timeout)
        found.update(computed)
    return [found[k] for k in keys]


def redis_recovered():
    """Redis answers again after an outage: writes made meanwhile were dropped, a content
    version bump (a view restriction, an unpublish) among them, so bump it now. Otherwise
    pages cached before the outage would come back under the old version."""
    logger.warning("cache reachable again; invalidating cached pages and fragments")
    bump_content_version()


def bump_content_version():
    """Invalidate every cached page and fragment at once (after a publish, unpublish, ...).

    Inside a transaction the version is changed at once (so this request sees its change)
    and once more when the transaction commits: a reader that filled a cache in between read
    the rows from before the commit (a page still live, a restriction not yet there) and kept
    them under the first new version, which the second change makes unreachable.
    """
    new_content_version()
    connection = transaction.get_connection()
    if connection.in_atomic_block and not any(
        callback is new_content_version for _, callback, _ in connection.run_on_commit
    ):
        transaction.on_commit(new_content_version)


def after_content_version_commits(callback):
    """Call `callback` once this change of public content is committed and has its final
    content version (at once, outside a transaction): for work that fills caches for the new
    version, such as records.tasks. A transaction calls each callback once, however many
    pages it publishes.

    The version's own on-commit change is registered first (bumping here is harmless: one
    more random token), so a callback run on commit never fills the cache under a version
    that the commit is about to replace.
    """
    bump_content_version()
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        callback()
    elif not any(registered is callback for _, registered, _ in connection.run_on_commit):
        transaction.on_commit(callback)


def new_content_version():
    """A new random content version, in the cache and in this request's memo."""
    version = uuid.uuid4().hex
    cache.set(CONTENT_VERSION_KEY, version, timeout=None)
    memo = request_memo()
    if memo is not None:
        memo["content_version"] = version
