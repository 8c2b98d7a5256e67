"""The CACHES setting, built from REDIS_URL by settings/base.py."""


def cache_backends(redis_url, key_prefix):
    """Redis with its own renditions alias, or per-process memory when there is no Redis.

    Redis is an accelerator: the error-tolerant backend turns a Redis outage into cache misses
    (operations/cache.py), and short socket timeouts matter because a cache that answers
    slowly is worse than none. Wagtail looks renditions up in their own alias, with its own
    prefix and a week's lifetime.
    """
    if not redis_url:
        return {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            # About 20 renditions per photo: keep a whole site's worth, not locmem's 300.
            "renditions": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "renditions",
                "OPTIONS": {"MAX_ENTRIES": 20_000},
            },
        }
    redis = {
        "BACKEND": "operations.cache.ErrorTolerantRedisCache",
        "LOCATION": redis_url,
        "OPTIONS": {
            "socket_connect_timeout": 0.3,
            "socket_timeout": 0.3,
            "retry_on_timeout": False,
        },
    }
    return {
        "default": {**redis, "KEY_PREFIX": key_prefix, "TIMEOUT": 300},
        "renditions": {**redis, "KEY_PREFIX": f"{key_prefix}-renditions", "TIMEOUT": 7 * 24 * 3600},
    }
