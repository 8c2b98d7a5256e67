"""The search engine's circuit breaker, shared by public search and /readyz.

After an engine failure, readers are served from the database for OUTAGE_BACKOFF_SECONDS
before the engine is tried again, so an outage costs one timeout, not one per request; the
readiness check reads the same state instead of probing a hung engine on every call. It
lives here, below `search`, so operations can read it without importing the search app.
"""

from django.core.cache import cache

OUTAGE_BACKOFF_SECONDS = 30
OUTAGE_CACHE_KEY = "search:elasticsearch-outage"


def trip_search_breaker():
    """Serve searches from the database for the next OUTAGE_BACKOFF_SECONDS."""
    cache.set(OUTAGE_CACHE_KEY, True, OUTAGE_BACKOFF_SECONDS)


def search_breaker_open():
    """Whether public searches are being served from the database after an engine failure."""
    return bool(cache.get(OUTAGE_CACHE_KEY))
