"""`q` goes through the same search backend as /search/, with its fallback to the database.

The surface used from the search app is deliberately small (run_with_fallback, which hands
over the backend, and normalise_query), because search/engine.py's internals change
independently of the API: the backend's `.search(query, queryset)` finds matching primary
keys, and the API applies its own filters and cursor ordering to them.
"""

from search.engine import run_with_fallback
from search.query import normalise_query

# A text search narrows a list to at most this many matches, best first by the engine's rank.
MAX_SEARCH_MATCHES = 1000


def matching_pks(searchable, q):
    """Primary keys of `searchable` (a queryset the backend can search) that match `q`."""
    query = normalise_query(q)
    if not query:
        return None

    def run(backend, deadline):
        # One request; the backend's own TIMEOUT bounds it (the deadline is for multi-step
        # searches such as /search/'s).
        results = backend.search(query, searchable)
        return [obj.pk for obj in results[:MAX_SEARCH_MATCHES]]

    pks, _ = run_with_fallback(run)
    return pks
