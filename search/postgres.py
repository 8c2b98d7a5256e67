"""One statement per result list for the database search on PostgreSQL.

modelsearch answers a ranked search and its grouped counts as two queries, each matching the
words and joining every matching row to its page again: for a broad query ("water park",
2,700 rides) the second pass cost as much as the first. Here modelsearch still builds the
match and the rank (so relevance is exactly its own), and PostgreSQL matches and ranks the
rows once, in a materialized CTE, then returns both the grouped counts and the first hits.

The rows ranked are capped. PostgreSQL cannot find the best N matches of a full-text query
without scoring every match, so an uncapped search costs in proportion to how many rows
match: tenfold the rides made a broad word five times slower. The database search is the
embedded default and, in production, the fallback that takes every search while the engine
is down, so its cost must not grow with the data. Pages whose title holds every word come
first (they outrank body-only matches in modelsearch's rank); the rest fill the candidates
up to the cap. Readers are told when a list was capped.
"""

from django.db import connections
from django.db.models import F
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

SCORE = "search_score"
# The columns each hit needs, before the facet fields and the score.
HIT_COLUMNS = ("pk", "title", "opening_date")


def supports(backend, queryset):
    """True for modelsearch's PostgreSQL backend on the queryset's own database."""
    return (
        isinstance(backend, PostgresSearchBackend)
        and connections[queryset.db].vendor == "postgresql"
    )


def ranked_with_counts(backend, queryset, query, fields, stop, limit):
    """([(pk, title, opening_date, score)] best first, [(*field values, n)]) for at most
    `limit` rows of `queryset` that match `query`, in one round trip.

    The match, the rank and the tie-break (-pk) are modelsearch's, so while fewer than
    `limit` rows match, the hits are those its own ranked search returns, in the same order.
    Past that, the candidates are the title matches first, then any other match, and the
    counts add up to `limit`.
    """
    compiler = backend.query_compiler_class(queryset, query, order_by_relevance=True)
    compiler.check()
    config = compiler.get_config(backend)
    matches = compiler.search(config, None, None, score_field=SCORE)
    words = compiler.build_tsquery(compiler.query, config=config)
    # The entry's title vector, on the join modelsearch's match already made.
    matches = matches.annotate(title_vector=F("index_entries__title"))
    columns = (*HIT_COLUMNS, *fields, SCORE)
    in_title = _title_matches(compiler, config, words).order_by().values(*columns)
    elsewhere = matches.exclude(title_vector=words).order_by().values(*columns)
    title_sql, title_params = in_title.query.sql_with_params()
    other_sql, other_params = elsewhere.query.sql_with_params()
    names = ", ".join(f"c{index}" for index in range(len(columns)))
    hit_columns = ", ".join(f"c{index}" for index in range(len(HIT_COLUMNS)))
    score = f"c{len(columns) - 1}"
    group_columns = ", ".join(f"c{index + len(HIT_COLUMNS)}" for index in range(len(fields)))
    # Only Django's compiled SQL and generated column names are interpolated; every value
    # (the words, the filters, the limit) is a query parameter.
    statement = (
        # PostgreSQL runs the two parts in turn and stops reading once `limit` rows came; the
        # limit on each part makes it plan each for its first rows (streaming joins).
        f"WITH matches ({names}) AS MATERIALIZED (SELECT * FROM "  # noqa: S608
        f"(({title_sql} LIMIT %s) UNION ALL ({other_sql} LIMIT %s)) AS candidates LIMIT %s) "
        f"SELECT * FROM (SELECT true, {hit_columns}, {score}, {group_columns}, NULL::bigint "
        f"FROM matches ORDER BY {score} DESC, c0 DESC LIMIT %s) AS hits "
        f"UNION ALL SELECT false, NULL, NULL, NULL, NULL, {group_columns}, COUNT(*) "
        f"FROM matches GROUP BY {group_columns}"
    )
    hits, groups = [], []
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(statement, [*title_params, limit, *other_params, limit, limit, stop])
        for is_hit, *row in cursor.fetchall():
            if is_hit:
                hits.append(tuple(row[: len(HIT_COLUMNS) + 1]))
            else:
                groups.append(tuple(row[len(HIT_COLUMNS) + 1 :]))
    return hits, groups


def _title_matches(compiler, config, words):
    """The rows whose index entry's title holds every word, with modelsearch's own score.

    modelsearch's match tests the title and body together, and PostgreSQL intersected that
    with the title's index: at 100,000 rides, a bitmap of the 5,213 rides matching "dragon
    coaster" anywhere, to confirm what a title match implies (the statement: 19.8 -> 16.5 ms
    without it, the same rows). The score is the sum modelsearch ranks by, built from the
    same vectors and weights.
    """
    score = None
    for vector, boost in compiler.get_search_vectors(words):
        rank = compiler.build_tsrank(vector, compiler.query, config=config) * boost
        score = rank if score is None else score + rank
    return compiler.queryset.filter(index_entries__title=words).annotate(**{SCORE: score})
