"""Each web process's own copies of the pages the page cache keeps in Redis.

A hit of the page cache reads the kept page from Redis: its bytes cross the socket and are
unpickled on every request, which for a large page (the map's GeoJSON download, 224 KB at
1,000 parks) is most of the hit. A process that has served a kept page keeps it here as well,
and on the next hit reads only the content version from Redis (a few bytes, one round trip):
its copy is served while it was kept under that version and until the page's lifetime in
Redis ends, so it is never staler than the copy in Redis.

Bounded by PAGE_CACHE_LOCAL_BYTES per process (the least recently served copy goes first);
0 turns it off. A lock guards the copies for threaded workers (gthread).
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings

# What a copy costs beyond its body: its headers, the tuple, the dictionary entry.
OVERHEAD_BYTES = 1024


def now():
    return time.time()


def size_of(kept):
    """Bytes a kept page (operations.middleware's tuple) takes, roughly: its body and headers."""
    _, _, headers, content, *_ = kept
    return len(content) + sum(len(name) + len(value) for name, value in headers) + OVERHEAD_BYTES


class LocalCopies:
    """{page cache key: (kept page, deadline)}, least recently served first."""

    def __init__(self):
        self._copies = OrderedDict()
        self._sizes = {}
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key):
        """The copy kept for `key`, or None (none, or its lifetime ended)."""
        with self._lock:
            entry = self._copies.get(key)
            if entry is None:
                return None
            kept, deadline = entry
            if deadline <= now():
                self._drop(key)
                return None
            self._copies.move_to_end(key)
            return kept

    def put(self, key, kept, deadline):
        """Keep `kept` for `key` until `deadline` (a time.time()), within the process's bound."""
        limit = settings.PAGE_CACHE_LOCAL_BYTES
        size = size_of(kept)
        with self._lock:
            self._drop(key)
            if size > limit or deadline <= now():
                return
            self._copies[key] = (kept, deadline)
            self._sizes[key] = size
            self._bytes += size
            while self._bytes > limit:
                self._drop(next(iter(self._copies)))

    def discard(self, key):
        with self._lock:
            self._drop(key)

    def clear(self):
        with self._lock:
            self._copies.clear()
            self._sizes.clear()
            self._bytes = 0

    @property
    def bytes(self):
        return self._bytes

    def __len__(self):
        return len(self._copies)

    def _drop(self, key):
        if self._copies.pop(key, None) is not None:
            self._bytes -= self._sizes.pop(key)


copies = LocalCopies()
