"""The header search box's suggestions: the pages a reader is likeliest to want for the text
typed so far, on whichever backend answers (search.engine.autocomplete runs them)."""

from django.db import connections
from django.db.models.functions import Collate, Upper
from modelsearch.query import PlainText

from search.lists import engine_msearch, is_engine


def autocomplete_request(backend, queryset, query, size):
    """The engine request for names that start with the typed words (edge n-gram fields)."""
    compiler = backend.autocomplete_query_compiler_class(queryset, PlainText(query))
    compiler.check()
    body = {
        "query": compiler.get_query(),
        "size": size,
        "_source": False,
        "stored_fields": ["pk"],
    }
    return backend.get_index_for_model(queryset.model).name, body


# The byte-order collation of each database: the name index (search migration 0006) is built
# in it, because PostgreSQL can only walk an index in a LIKE prefix's order under "C".
BYTE_ORDER = {"postgresql": "C", "sqlite": "BINARY"}


def suggestion_pks(backend, pages, query, size, deadline):
    """The pks of up to `size` of `pages` for the typed text, on any backend: the names that
    start with it first (A to Z), then, only when they do not fill the list, the backend's
    matches of a later word, best first.

    A name that starts with the text is the likeliest one wanted, and an index on the
    upper-cased name (search migration 0006) gives the first ones in order without reading
    the rest, in a fraction of a millisecond at any size. Ranking every page with a word
    that starts with the text instead costs in proportion to how many there are: on the
    database, "thu" at 100,000 rides meant ranking 4,000 pages for eight suggestions (900 ms
    at p95); on the engine, scoring as many documents grew the request 1.37x from 10,000 to
    100,000 rides. So a typical prefix costs one indexed query and nothing else, and the
    suggestions are the same whether the engine is up or the database stands in for it.
    """
    pks = list(names_starting_with(pages, query).values_list("pk", flat=True)[:size])
    if len(pks) < size:
        # Fewer names than the list holds means all of them are in it; as many of the word
        # matches may be those names again, so ask for that many more.
        pks += word_matches(backend, pages, query, size + len(pks), deadline)
    return list(dict.fromkeys(pks))[:size]


def word_matches(backend, pages, query, limit, deadline):
    """The pks of the backend's best `limit` autocomplete matches among `pages`: one engine
    request on the edge n-gram fields, bounded by the search's deadline, or modelsearch's
    autocomplete on the database."""
    if is_engine(backend):
        index_name, body = autocomplete_request(backend, pages, query, limit)
        (response,) = engine_msearch(backend, [{"index": index_name}, body], deadline)
        return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
    return [page.pk for page in backend.autocomplete(query, pages)[:limit]]


def names_starting_with(pages, query):
    """`pages` whose title starts with `query` (case aside), A to Z, with their `name_key`."""
    collation = BYTE_ORDER.get(connections[pages.db].vendor)
    name = Upper("title")
    key = Collate(name, collation) if collation else name
    matches = pages.annotate(name_key=key).filter(name_key__startswith=query.upper())
    return matches.order_by("name_key", "pk")
