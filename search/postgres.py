"""One statement per result list for the database search on PostgreSQL.

modelsearch answers a ranked search and its grouped counts as two queries, each matching the
words and joining every matching row to its page again: for a broad query ("water park",
2,700 rides) the second pass cost as much as the first. Here modelsearch still builds the
match and the rank (so relevance is exactly its own), and PostgreSQL matches and ranks the
rows once, in a materialized CTE, then returns both the grouped counts and the first hits.
"""

from django.db import connections
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


def ranked_with_counts(backend, queryset, query, fields, stop):
    """([(pk, title, opening_date, score)] best first, [(*field values, n)]) for the rows of
    `queryset` that match `query`, in one round trip.

    The match, the rank and the tie-break (-pk) are modelsearch's, so the hits are those its
    own ranked search returns, in the same order.
    """
    compiler = backend.query_compiler_class(queryset, query, order_by_relevance=True)
    compiler.check()
    matches = compiler.search(compiler.get_config(backend), None, None, score_field=SCORE)
    columns = (*HIT_COLUMNS, *fields, SCORE)
    sql, params = matches.order_by().values(*columns).query.sql_with_params()
    names = ", ".join(f"c{index}" for index in range(len(columns)))
    hit_columns = ", ".join(f"c{index}" for index in range(len(HIT_COLUMNS)))
    score = f"c{len(columns) - 1}"
    group_columns = ", ".join(f"c{index + len(HIT_COLUMNS)}" for index in range(len(fields)))
    # Only Django's compiled SQL and generated column names are interpolated; every value
    # (the words, the filters, the limit) is a query parameter.
    statement = (
        f"WITH matches ({names}) AS MATERIALIZED ({sql}) "  # noqa: S608
        f"SELECT * FROM (SELECT true, {hit_columns}, {score}, {group_columns}, NULL::bigint "
        f"FROM matches ORDER BY {score} DESC, c0 DESC LIMIT %s) AS hits "
        f"UNION ALL SELECT false, NULL, NULL, NULL, NULL, {group_columns}, COUNT(*) "
        f"FROM matches GROUP BY {group_columns}"
    )
    hits, groups = [], []
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(statement, [*params, stop])
        for is_hit, *row in cursor.fetchall():
            if is_hit:
                hits.append(tuple(row[: len(HIT_COLUMNS) + 1]))
            else:
                groups.append(tuple(row[len(HIT_COLUMNS) + 1 :]))
    return hits, groups
