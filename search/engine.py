"""Runs a public search on the configured backend, and falls back to the database when the
search engine errors, refuses the connection, times out or overruns the search's time budget.

Parks and rides are searched as two result lists (each with its own filters, so a ride can be
filtered by category and a park by type) and merged in the chosen order. Filter counts come
with the lists (search/lists.py): one engine request answers a whole search. Every call to the
backend happens inside `run_with_fallback`, so an outage is caught in one place.
"""

import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from modelsearch.backends import get_search_backend
from modelsearch.query import MATCH_ALL
from wagtail.models import Page

from operations.search_breaker import (
    OUTAGE_BACKOFF_SECONDS,
    search_breaker_open,
    trip_search_breaker,
)
from parks.models import ParkPage
from rides.models import RidePage
from search.autocomplete import suggestion_pks
from search.facets import build_facets, chosen_facets
from search.lists import MAX_RESULTS, ListSearch, fetch_lists

logger = logging.getLogger("thrillwiki.search")

PAGE_SIZE = 20
AUTOCOMPLETE_SIZE = 8


# Past this many seconds a search stops waiting for the engine and the database answers.
DEFAULT_TIME_BUDGET = 1.5
_backends = {}


def time_budget():
    return getattr(settings, "SEARCH_TIME_BUDGET", DEFAULT_TIME_BUDGET)


def get_backend(name):
    """The backend for a WAGTAILSEARCH_BACKENDS name, built once per process and settings.

    modelsearch builds a new backend, and so a new HTTP client and connection pool, on every
    call; reusing one keeps the engine's connections open between readers' searches.
    """
    if _backends.get("config") != repr(settings.WAGTAILSEARCH_BACKENDS):  # tests override them
        _backends.clear()
    if name not in _backends:
        _backends[name] = get_search_backend(name)
        # modelsearch writes its timeout into the OPTIONS it was given: remember them as now.
        _backends["config"] = repr(settings.WAGTAILSEARCH_BACKENDS)
    return _backends[name]


def has_fallback():
    return "fallback" in settings.WAGTAILSEARCH_BACKENDS


def run_with_fallback(run):
    """Call run(backend, deadline) on the default backend; on any failure of the engine, or
    once the time budget is spent, log the outage and call it again on the database fallback.
    Returns (result, backend_name)."""
    deadline = time.monotonic() + time_budget()
    if not has_fallback():
        return run(get_backend("default"), deadline), "default"
    if search_breaker_open():
        return run(get_backend("fallback"), deadline), "fallback"
    try:
        return run(get_backend("default"), deadline), "default"
    except Exception as exc:  # any failure of the external service; the database is next
        logger.error(
            "Elasticsearch search failed (%s: %s); serving database results for %ss",
            type(exc).__name__,
            exc,
            OUTAGE_BACKOFF_SECONDS,
        )
        trip_search_breaker()
        return run(get_backend("fallback"), deadline), "fallback"


@dataclass
class SearchOutcome:
    page_obj: object
    total: int
    facets: list
    backend: str
    capped: bool = False  # a list had more matches than were counted (search.lists)

    @property
    def degraded(self):
        return self.backend == "fallback"


# What merging and paginating the hits reads: their order (relevance, name, opening date).
# The cards of the page shown are rendered from whole rows (search.cards), and most often
# come from the cache without any.
HIT_FIELDS = ("title", "opening_date", "path", "url_path")


def public_parks():
    return ParkPage.objects.live().public().only(*HIT_FIELDS)


def public_rides():
    return RidePage.objects.live().public().only(*HIT_FIELDS)


def _park_queryset(filters):
    parks = public_parks()
    for name in ("status", "country", "park_type"):
        if name in filters:
            parks = parks.filter(**{name: filters[name]})
    return parks


def _ride_queryset(filters):
    rides = public_rides()
    if "status" in filters:
        rides = rides.filter(status=filters["status"])
    if "category" in filters:
        rides = rides.filter(category=filters["category"])
    if "manufacturer" in filters:
        rides = rides.filter(manufacturer=filters["manufacturer"])
    if "country" in filters:
        # A ride is in the country of its park: the park's path is a prefix of the ride's.
        paths = (
            ParkPage.objects.live()
            .filter(country=filters["country"])
            .values_list("path", flat=True)
        )
        prefixes = Q()
        for path in paths:
            prefixes |= Q(path__startswith=path)
        rides = rides.filter(prefixes) if prefixes else rides.none()
    return rides


def _sort_key(sort):
    if sort == "relevance":
        return lambda page: -(getattr(page, "search_score", None) or 0)
    if sort == "name":
        return lambda page: page.title.casefold()
    if sort == "opened":
        return lambda page: (page.opening_date is None, page.opening_date or 0, page.title)
    return lambda page: (
        page.opening_date is None,
        -(page.opening_date.toordinal() if page.opening_date else 0),
        page.title,
    )


class MergedResults:
    """Parks and rides as one sequence for Django's Paginator, merged in the chosen order."""

    def __init__(self, result_lists, sort):
        self.result_lists = result_lists
        self.sort = sort
        self.total = sum(results.total for results in result_lists)

    def count(self):
        return min(self.total, MAX_RESULTS)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        start, stop = key.start or 0, key.stop
        rows = []
        for results in self.result_lists:
            rows.extend(results.hits[:stop])
        rows.sort(key=_sort_key(self.sort))
        return rows[start:stop]


def results_needed(page_number):
    """How many hits of each list the requested page needs (a bad number means page 1)."""
    try:
        number = max(int(page_number), 1)
    except (TypeError, ValueError):
        number = 1
    return min(number * PAGE_SIZE, MAX_RESULTS)


def search_pages(form, page_number):
    """Search parks and rides for the form's query and filters; returns a SearchOutcome."""
    query = form.query or MATCH_ALL
    filters = form.filters
    searches = []
    if form.includes("park"):
        searches.append(ListSearch("park", _park_queryset(filters), query, form.sort_order))
    if form.includes("ride"):
        searches.append(ListSearch("ride", _ride_queryset(filters), query, form.sort_order))
    stop = results_needed(page_number)

    def run(backend, deadline):
        lists = fetch_lists(backend, searches, stop, deadline)
        merged = MergedResults(list(lists.values()), form.sort_order)
        page_obj = Paginator(merged, PAGE_SIZE).get_page(page_number)
        page_obj.object_list = list(page_obj.object_list)
        facets = build_facets(lists, filters) if merged.total else chosen_facets(filters)
        capped = any(results.capped for results in lists.values())
        return SearchOutcome(page_obj, merged.total, facets, backend="", capped=capped)

    outcome, backend_name = run_with_fallback(run)
    outcome.backend = backend_name
    return outcome


def autocomplete(query):
    """The pks of up to AUTOCOMPLETE_SIZE live parks and rides for the typed text, best first,
    without duplicates (search.autocomplete.suggestion_pks).

    Not yet checked for view restrictions, nor for a page unpublished since the engine
    indexed it: search.cards.suggestion_links shows a page only if it is live and public,
    when it renders its suggestion (once per content version).
    """
    pages = Page.objects.live().type(ParkPage, RidePage)

    def run(backend, deadline):
        return suggestion_pks(backend, pages, query, AUTOCOMPLETE_SIZE, deadline)

    pks, _ = run_with_fallback(run)
    return list(dict.fromkeys(pks))
