"""The result lists of one search: the first hits of parks and of rides, each list's total and
its filter counts, fetched in as few round trips as the backend allows.

A database backend answers each list with two queries: one grouped pass over the matching rows
(the total and every facet count at once) and one for the hits. The search engine answers all
lists in ONE `_msearch` request: each search carries its facets as aggregations, built from
Wagtail's own query compiler so the filters are exactly those of `backend.search()`;
a ranked list is asked as two capped parts, as the database search caps it (_engine_requests).
"""

import datetime
import time
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.query import MATCH_ALL, Fuzzy, PlainText

from search import postgres

# The filter fields counted for each list, by their model attribute names.
FACET_FIELDS = {
    "park": ("status", "country", "park_type"),
    "ride": ("status", "category", "manufacturer_id"),
}
ORDERINGS = {
    "name": ["title"],
    "opened": ["opening_date", "title"],
    "-opened": ["-opening_date", "title"],
}
# Typo tolerance on the engine, asked when the words as typed match nothing: a fuzzy match
# counts, but less than an exact one, so "milenium force" finds Millennium Force.
FUZZY_BOOST = 0.5
# Enough buckets for every country and manufacturer a list can hold.
MAX_FACET_OPTIONS = 1000
# Merging two ranked lists means reading both up to the last result shown; deep pages of a
# broad query are not useful to readers, so pagination stops here. The database search on
# PostgreSQL also ranks at most this many matches per list (search.postgres says why).
MAX_RESULTS = 500


class SearchBudgetExceeded(TimeoutError):
    """The search's time budget ran out before the engine was asked."""


@dataclass
class ListSearch:
    """One list to search: parks or rides, with their filtered queryset and sort order."""

    kind: str
    queryset: object
    query: object  # the reader's words, or MATCH_ALL when only filters were chosen
    sort: str

    @property
    def by_relevance(self):
        return self.sort == "relevance" and self.query is not MATCH_ALL

    def ordered_queryset(self):
        if self.by_relevance:
            return self.queryset
        return self.queryset.order_by(*ORDERINGS.get(self.sort, ["title"]))

    def search_query(self):
        """Every word must match, on every backend, so their counts agree."""
        return MATCH_ALL if self.query is MATCH_ALL else PlainText(self.query, operator="and")


@dataclass
class ResultList:
    hits: list  # the first `stop` pages, in this list's order
    total: int
    counts: dict  # facet field -> {value: number of matching pages}
    capped: bool = False  # the cap was reached: more may match than total and counts cover


def is_engine(backend):
    return isinstance(backend, ElasticsearchBaseSearchBackend)


def fetch_lists(backend, searches, stop, deadline):
    """{kind: ResultList} for each ListSearch; `deadline` (time.monotonic) bounds engine waits."""
    if is_engine(backend):
        return engine_lists(backend, searches, stop, deadline)
    return {search.kind: database_list(backend, search, stop) for search in searches}


# --- Database backends ---------------------------------------------------------------------


def database_list(backend, search, stop):
    """The grouped counts of all matching rows and the first `stop` hits: one statement for
    a ranked search on PostgreSQL (search.postgres), two queries otherwise."""
    if search.by_relevance and postgres.supports(backend, search.queryset):
        return _postgres_list(backend, search, stop)
    results = backend.search(
        search.search_query(), search.ordered_queryset(), order_by_relevance=search.by_relevance
    )
    fields = FACET_FIELDS[search.kind]
    counts = {name: {} for name in fields}
    total = 0
    if hasattr(results, "get_queryset"):  # EmptySearchResults has no rows to group
        groups = results.get_queryset().order_by().values(*fields).annotate(n=Count("pk"))
        for group in groups:
            total += group["n"]
            for name in fields:
                counts[name][group[name]] = counts[name].get(group[name], 0) + group["n"]
    if search.by_relevance:
        results = results.annotate_score("search_score")
    hits = list(results[:stop]) if total else []
    return ResultList(hits=hits, total=total, counts=_without_empty(counts))


def _postgres_list(backend, search, stop):
    fields = FACET_FIELDS[search.kind]
    rows, groups = postgres.ranked_with_counts(
        backend, search.queryset, search.search_query(), fields, stop, MAX_RESULTS
    )
    meta = search.queryset.model._meta
    hits = [Hit(pk, title, opened, meta, score) for pk, title, opened, score in rows]
    counts = {name: {} for name in fields}
    total = 0
    for *values, n in groups:
        total += n
        for name, value in zip(fields, values, strict=True):
            counts[name][value] = counts[name].get(value, 0) + n
    capped = total >= MAX_RESULTS
    return ResultList(hits=hits, total=total, counts=_without_empty(counts), capped=capped)


def _without_empty(counts):
    return {
        name: {value: n for value, n in by_value.items() if value not in (None, "")}
        for name, by_value in counts.items()
    }


# --- The search engine ---------------------------------------------------------------------


def engine_lists(backend, searches, stop, deadline):
    """One `_msearch` for all lists: hits, totals and aggregations together.

    The words are matched as typed first. Only when nothing matches them is a second,
    typo-tolerant `_msearch` sent ("milenium force" finds Millennium Force): the fuzzy match
    cost the engine three times the exact one on every search, for extra hits a reader who
    spelled the name right ranks below everything else anyway.
    """
    if not searches:
        return {}
    lists = _engine_round(backend, searches, stop, deadline, typo_tolerant=False)
    words = any(search.query is not MATCH_ALL for search in searches)
    if words and not any(result.total for result in lists.values()):
        lists = _engine_round(backend, searches, stop, deadline, typo_tolerant=True)
    return lists


def _engine_round(backend, searches, stop, deadline, typo_tolerant):
    """{kind: ResultList} from one `_msearch` holding every list's searches."""
    plans = [
        (search, _engine_requests(backend, search, stop, typo_tolerant)) for search in searches
    ]
    lines = []
    for _, requests in plans:
        for index_name, body, _ in requests:
            lines.extend([{"index": index_name}, body])
    responses = iter(engine_msearch(backend, lines, deadline))
    lists = {}
    for search, requests in plans:
        parts = [
            _engine_result(search, body, columns, next(responses)) for _, body, columns in requests
        ]
        lists[search.kind] = _union(parts, stop)
    return lists


def _engine_result(search, body, columns, response):
    """One engine response as a ResultList; `capped` when the engine stopped counting."""
    counts = {
        name: {
            bucket["key"]: bucket["doc_count"]
            for bucket in response["aggregations"][name]["buckets"]
        }
        for name in columns
    }
    return ResultList(
        hits=engine_hits(search.queryset.model, response["hits"]["hits"], body["docvalue_fields"]),
        total=response["hits"]["total"]["value"],
        counts=_without_empty(counts),
        capped=bool(response.get("terminated_early")),
    )


def _union(parts, stop):
    """One ResultList from disjoint parts of a list: their hits merged best first (the parts
    are scored by the same query, so their scores compare), their totals and counts added."""
    if len(parts) == 1:
        return parts[0]
    best_first = sorted(
        (hit for part in parts for hit in part.hits), key=lambda hit: -(hit.search_score or 0)
    )
    hits = {}
    for hit in best_first:
        hits.setdefault(hit.pk, hit)  # never a page twice, whatever the engine answered
    names = {name for part in parts for name in part.counts}
    counts = {
        name: dict(sum((Counter(part.counts.get(name, {})) for part in parts), Counter()))
        for name in names
    }
    return ResultList(
        hits=list(hits.values())[:stop],
        total=sum(part.total for part in parts),
        counts=counts,
        capped=any(part.capped for part in parts),
    )


def _engine_requests(backend, search, stop, typo_tolerant):
    """The engine requests that answer one list: one, or for a ranked list, two capped ones.

    The engine scores every document that matches, so a broad query costs in proportion to
    the data: "water park" matched 2,719 rides at 10,000 rides and 34,953 at 100,000, and the
    request grew twofold under load. A ranked list is therefore asked as the database search
    asks it (search.postgres): the pages whose title holds every word, and the others, each
    part counted and ranked over at most MAX_RESULTS matches (`terminate_after`), so its cost
    stops growing once a query matches that many. While neither part reaches the cap the two
    add up to exactly the uncapped list; past it, every title match up to the cap is still a
    candidate, and readers are told that the counts cover only the first matches.
    """
    request = _engine_request(backend, search, stop, typo_tolerant)
    if not search.by_relevance:
        return [request]
    index_name, body, columns = request
    words = (Fuzzy if typo_tolerant else PlainText)(search.query, operator="and")
    in_title = backend.query_compiler_class(
        search.queryset, words, fields=["title"]
    ).get_inner_query()
    # A filter and a must_not leave the score of the list's own query as it was.
    title_part = dict(body, query={"bool": {"must": body["query"], "filter": in_title}})
    other_part = dict(body, query={"bool": {"must": body["query"], "must_not": in_title}})
    return [
        (index_name, dict(part, terminate_after=MAX_RESULTS), columns)
        for part in (title_part, other_part)
    ]


def _engine_request(backend, search, stop, typo_tolerant=False):
    """(index name, search body, facet names) for one list, from Wagtail's query compiler;
    `typo_tolerant` adds a fuzzy match of the words, ranked below the exact one."""
    queryset = search.ordered_queryset()
    compiler = backend.query_compiler_class(
        queryset, search.search_query(), order_by_relevance=search.by_relevance
    )
    compiler.check()
    query = compiler.get_query()
    if typo_tolerant and search.query is not MATCH_ALL:
        typo = backend.query_compiler_class(
            queryset, Fuzzy(search.query, operator="and")
        ).get_inner_query()
        exact = query["bool"]["must"]
        query["bool"]["must"] = {
            "bool": {"should": [exact, {"bool": {"must": typo, "boost": FUZZY_BOOST}}]}
        }
    columns = {}
    for name in FACET_FIELDS[search.kind]:
        column = compiler.mapping.get_field_column_name(compiler._get_filterable_field(name))
        columns[name] = {"terms": {"field": column, "size": MAX_FACET_OPTIONS}}
    title, opened = (
        compiler.mapping.get_field_column_name(compiler._get_filterable_field(name))
        for name in ("title", "opening_date")
    )
    body = {
        "query": query,
        "size": stop,
        "_source": False,
        "stored_fields": ["pk"],
        # What the merge and the paginator read, so the hits need no query of their own.
        "docvalue_fields": [title, {"field": opened, "format": "yyyy-MM-dd"}],
        "track_total_hits": True,
        "aggs": columns,
    }
    sort = compiler.get_sort()
    if sort:
        body["sort"] = sort
    return backend.get_index_for_model(queryset.model).name, body, list(columns)


def engine_msearch(backend, lines, deadline):
    """Send one `_msearch` and return its responses; any failed search raises, so the caller
    falls back to the database. The request waits at most the backend's TIMEOUT, and never
    past the search's deadline."""
    remaining = min(deadline - time.monotonic(), backend.timeout)
    if remaining <= 0:
        raise SearchBudgetExceeded("the search time budget was spent before asking the engine")
    if backend.use_new_elasticsearch_api:  # elasticsearch-py 8: per-request options
        answer = backend.es.options(request_timeout=remaining).msearch(searches=lines)
    else:  # opensearch-py
        answer = backend.es.msearch(body=lines, request_timeout=remaining)
    responses = answer["responses"]
    for response in responses:
        if "error" in response:
            raise RuntimeError(f"the engine refused a search: {response['error']}")
    return responses


@dataclass
class Hit:
    """A page the engine found, as the merge and the cards need it (not a page object: a
    page's model instance cost more than the rest of its row). `_meta` is its model's."""

    pk: int
    title: str
    opening_date: object
    _meta: object
    search_score: float | None = None


def engine_hits(model, hits, docvalue_fields):
    """The engine's hits as Hit rows, in its order, each page once, read from the hit itself
    (its key, and the title and opening date as doc values): no query.

    The engine's query carried the live and public filters, so these are the pages to show;
    a page unpublished since it was indexed (its index update still queued) gets an empty
    card (search.cards.whole_pages reads only live pages).
    """
    title_field, opened_field = docvalue_fields[0], docvalue_fields[1]["field"]
    rows = {}
    for hit in hits:
        pk = int(hit["fields"]["pk"][0])
        if pk in rows:
            continue  # never show a page twice, whatever the engine answered
        opened = hit["fields"].get(opened_field)
        rows[pk] = Hit(
            pk,
            hit["fields"].get(title_field, [""])[0],
            datetime.date.fromisoformat(opened[0]) if opened else None,
            model._meta,
            hit.get("_score"),
        )
    return list(rows.values())
