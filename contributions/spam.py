"""The per-address rate limit on suggestions, counted in Django's cache (Redis in production,
so every web process shares one count)."""

import hashlib

from django.conf import settings
from django.core.cache import cache

from thrillwiki.security import client_ip

WINDOW_SECONDS = 60 * 60
RATE_LIMITED = "You have sent a lot of suggestions in the last hour. Please try again later."


def _key(request):
    # Hashed: the cache never holds readers' addresses in the clear.
    address = client_ip(request) or "unknown"
    return "suggestions:" + hashlib.sha256(address.encode()).hexdigest()[:32]


def over_rate_limit(request):
    """Count one suggestion from this address; True once it is past the hourly limit.

    With the cache unreachable the count cannot be kept, and readers are let through: the other
    spam rules still apply and every suggestion waits for a person anyway.
    """
    key = _key(request)
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:
        return False
    return count > settings.SUGGESTIONS_PER_HOUR
