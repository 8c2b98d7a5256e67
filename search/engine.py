"""Runs a public search on the configured backend, and falls back to the database when
Elasticsearch errors, refuses the connection or times out.

Parks and rides are searched as two result lists (each with its own filters, so a ride can be
filtered by category and a park by type) and merged in the chosen order. Filter counts come
from the backend's facets on the same lists. Every call to the backend happens inside
`run_with_fallback`, so an outage is caught in one place.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Q
from django_countries import countries
from modelsearch.query import MATCH_ALL
from wagtail.models import Page

from companies.models import Company
from parks.models import ParkPage, ParkType
from rides.choices import RideCategory
from rides.models import RidePage, attach_parks
from search.forms import PAGE_TYPES, STATUSES

logger = logging.getLogger("thrillwiki.search")

PAGE_SIZE = 20
# Merging two ranked lists means reading both up to the last result shown; deep pages of a
# broad query are not useful to readers, so pagination stops here.
MAX_RESULTS = 500
AUTOCOMPLETE_SIZE = 8
# After an Elasticsearch failure, readers are served from the database for this long before
# Elasticsearch is tried again, so an outage costs one timeout, not one per request.
OUTAGE_BACKOFF_SECONDS = 30
OUTAGE_CACHE_KEY = "search:elasticsearch-outage"


def has_fallback():
    return "fallback" in settings.WAGTAILSEARCH_BACKENDS


def run_with_fallback(run):
    """Call run(backend_name) on the default backend; on any failure of Elasticsearch, log
    the outage and call it again on the database fallback. Returns (result, backend_name)."""
    if not has_fallback():
        return run("default"), "default"
    if cache.get(OUTAGE_CACHE_KEY):
        return run("fallback"), "fallback"
    try:
        return run("default"), "default"
    except Exception as exc:  # any failure of the external service; the database is next
        logger.error(
            "Elasticsearch search failed (%s: %s); serving database results for %ss",
            type(exc).__name__,
            exc,
            OUTAGE_BACKOFF_SECONDS,
        )
        cache.set(OUTAGE_CACHE_KEY, True, OUTAGE_BACKOFF_SECONDS)
        return run("fallback"), "fallback"


def search_breaker_open():
    """Whether public searches are being served from the database after an Elasticsearch
    failure (the outage backoff above). /readyz reports search as degraded from this instead
    of probing a hung engine on every call."""
    return bool(cache.get(OUTAGE_CACHE_KEY))


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    name: str
    label: str
    any_label: str
    options: list = field(default_factory=list)


@dataclass
class SearchOutcome:
    page_obj: object
    total: int
    facets: list
    backend: str

    @property
    def degraded(self):
        return self.backend == "fallback"


def public_parks():
    return (
        ParkPage.objects.live()
        .public()
        .select_related("operator")
        .prefetch_related(*_card_prefetches())
        .defer_streamfields()
    )


def public_rides():
    return RidePage.objects.live().public().for_cards()


def _card_prefetches():
    from home.models import card_image_prefetches

    return card_image_prefetches()


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


ORDERINGS = {
    "name": ["title"],
    "opened": ["opening_date", "title"],
    "-opened": ["-opening_date", "title"],
}


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
        self.total = sum(results.count() for results in result_lists)

    def count(self):
        return min(self.total, MAX_RESULTS)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        start, stop = key.start or 0, key.stop
        rows = []
        for results in self.result_lists:
            rows.extend(results[:stop])
        rows.sort(key=_sort_key(self.sort))
        rows = rows[start:stop]
        attach_parks([row for row in rows if isinstance(row, RidePage)])
        return rows


def _search_list(backend, query, queryset, sort):
    if sort == "relevance" and query is not MATCH_ALL:
        return backend.search(query, queryset).annotate_score("search_score")
    return backend.search(
        query, queryset.order_by(*ORDERINGS.get(sort, ["title"])), order_by_relevance=False
    )


def search_pages(form, page_number):
    """Search parks and rides for the form's query and filters; returns a SearchOutcome."""
    query = form.query or MATCH_ALL

    def run(backend_name):
        from modelsearch.backends import get_search_backend

        backend = get_search_backend(backend_name)
        filters = form.filters
        lists = {}
        if form.includes("park"):
            lists["park"] = _search_list(backend, query, _park_queryset(filters), form.sort_order)
        if form.includes("ride"):
            lists["ride"] = _search_list(backend, query, _ride_queryset(filters), form.sort_order)
        merged = MergedResults(list(lists.values()), form.sort_order)
        page_obj = Paginator(merged, PAGE_SIZE).get_page(page_number)
        page_obj.object_list = list(page_obj.object_list)
        facets = _facets(lists, filters) if merged.total else _chosen_facets(filters)
        return SearchOutcome(page_obj=page_obj, total=merged.total, facets=facets, backend="")

    outcome, backend_name = run_with_fallback(run)
    outcome.backend = backend_name
    return outcome


def _facet_counts(results, field_name):
    return {key: n for key, n in results.facet(field_name).items() if key not in (None, "")}


def _facet(name, label, any_label, counts, labels, selected):
    options = [
        FacetOption(str(value), labels.get(value, str(value)), n, str(value) == selected)
        for value, n in counts.items()
        if n and value in labels
    ]
    if selected and not any(option.selected for option in options):
        options.append(FacetOption(selected, labels.get(selected, selected), 0, True))
    options.sort(key=lambda option: (-option.count, option.label))
    return Facet(name, label, any_label, options)


def _facets(lists, filters):
    """Filter options with the number of current results each would keep."""
    parks, rides = lists.get("park"), lists.get("ride")
    chosen = {name: str(getattr(value, "slug", value)) for name, value in filters.items()}
    facets = []
    type_counts = {kind: results.count() for kind, results in lists.items()}
    facets.append(
        _facet("type", "Type", "Parks and rides", type_counts, dict(PAGE_TYPES), chosen.get("type"))
    )
    status_counts = {}
    for results in (parks, rides):
        if results is not None:
            for value, n in _facet_counts(results, "status").items():
                status_counts[value] = status_counts.get(value, 0) + n
    facets.append(
        _facet("status", "Status", "Any status", status_counts, STATUSES, chosen.get("status"))
    )
    if parks is not None:
        facets.append(
            _facet(
                "country",
                "Country (parks)",
                "Any country",
                _facet_counts(parks, "country"),
                dict(countries),
                chosen.get("country"),
            )
        )
        facets.append(
            _facet(
                "park_type",
                "Park type",
                "Any park type",
                _facet_counts(parks, "park_type"),
                dict(ParkType.choices),
                chosen.get("park_type"),
            )
        )
    if rides is not None:
        facets.append(
            _facet(
                "category",
                "Ride category",
                "Any category",
                _facet_counts(rides, "category"),
                dict(RideCategory.choices),
                chosen.get("category"),
            )
        )
        by_id = _facet_counts(rides, "manufacturer_id")
        companies = Company.objects.filter(pk__in=[int(pk) for pk in by_id]).only("name", "slug")
        facets.append(
            _facet(
                "manufacturer",
                "Manufacturer",
                "Any manufacturer",
                {c.slug: by_id.get(c.pk, by_id.get(str(c.pk), 0)) for c in companies},
                {c.slug: c.name for c in companies},
                chosen.get("manufacturer"),
            )
        )
    if "country" in chosen and parks is None:
        # Rides were narrowed to a country's parks; keep the choice visible and clearable.
        facets.append(
            _facet("country", "Country", "Any country", {}, dict(countries), chosen["country"])
        )
    return [facet for facet in facets if facet.options]


FACET_LABELS = {
    "type": ("Type", "Parks and rides", dict(PAGE_TYPES)),
    "status": ("Status", "Any status", STATUSES),
    "country": ("Country", "Any country", dict(countries)),
    "park_type": ("Park type", "Any park type", dict(ParkType.choices)),
    "category": ("Ride category", "Any category", dict(RideCategory.choices)),
}


def _chosen_facets(filters):
    """With nothing found, keep each chosen filter visible (count 0) so it can be cleared."""
    facets = []
    for name, value in filters.items():
        if name == "manufacturer":
            facets.append(
                Facet(
                    name,
                    "Manufacturer",
                    "Any manufacturer",
                    [FacetOption(value.slug, value.name, 0, True)],
                )
            )
        elif name in FACET_LABELS:
            label, any_label, labels = FACET_LABELS[name]
            facets.append(_facet(name, label, any_label, {}, labels, str(value)))
    return facets


def autocomplete(query):
    """Up to AUTOCOMPLETE_SIZE live parks and rides whose names start with the typed words."""

    def run(backend_name):
        from modelsearch.backends import get_search_backend

        backend = get_search_backend(backend_name)
        pages = Page.objects.live().public().type(ParkPage, RidePage)
        return [page.pk for page in backend.autocomplete(query, pages)[:AUTOCOMPLETE_SIZE]]

    pks, _ = run_with_fallback(run)
    found = {page.pk: page for page in Page.objects.filter(pk__in=pks).specific()}
    pages = [found[pk] for pk in pks if pk in found]
    attach_parks([page for page in pages if isinstance(page, RidePage)])
    return pages
