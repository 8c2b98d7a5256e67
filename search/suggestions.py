"""'Did you mean' names for a search that found nothing.

PostgreSQL ranks titles by trigram word similarity (pg_trgm, enabled by this app's first
migration), among the titles that the `%>` operator finds through the trigram index of
migration 0004 (the threshold is set for the query's transaction only). SQLite has no
trigram index, so difflib compares the query with every live title (a few thousand short
strings; fine for the embedded default).
"""

import difflib

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db import connection, transaction
from wagtail.models import Page

from core.query import PublicPageQuerySet
from parks.models import ParkPage
from rides.models import RidePage

SUGGESTION_COUNT = 5
TRIGRAM_THRESHOLD = 0.3
DIFFLIB_CUTOFF = 0.6


def public_titles():
    """Live, public parks and rides; `.public()` reads the request's kept view restrictions
    (core.query) rather than Wagtail's query of the table."""
    return PublicPageQuerySet(Page).live().public().type(ParkPage, RidePage)


def suggest_titles(query, limit=SUGGESTION_COUNT):
    """Names of live parks and rides close to `query`, best first."""
    if not query:
        return []
    if connection.vendor == "postgresql":
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('pg_trgm.word_similarity_threshold', %s, true)",
                [str(TRIGRAM_THRESHOLD)],
            )
            return list(
                public_titles()
                .filter(title__trigram_word_similar=query)
                .annotate(similarity=TrigramWordSimilarity(query, "title"))
                .order_by("-similarity", "title")
                .values_list("title", flat=True)[:limit]
            )
    titles = {title.casefold(): title for title in public_titles().values_list("title", flat=True)}
    close = difflib.get_close_matches(
        query.casefold(), list(titles), n=limit, cutoff=DIFFLIB_CUTOFF
    )
    if len(close) < limit:
        # A single mistyped word of a longer name ("milenium" for "Millennium Force").
        words = query.casefold().split()
        for key in titles:
            if key in close:
                continue
            name_words = key.split()
            if words and all(
                difflib.get_close_matches(w, name_words, n=1, cutoff=0.75) for w in words
            ):
                close.append(key)
            if len(close) >= limit:
                break
    return [titles[key] for key in close]
