"""A trigram index on page titles, for "did you mean" (search.suggestions).

A search that finds nothing suggests close names by trigram word similarity. Without an
index PostgreSQL compared the query with every page title: about 40 ms at 10,000 rides, and
growing with the site. The `%>` operator (word similarity above a threshold) can use a GIN
index of the titles' trigrams, so only titles sharing trigrams with the query are ranked.
PostgreSQL only (pg_trgm is enabled by this app's first migration); SQLite compares titles
with difflib.
"""

from django.db import migrations

from core.db_indexes import raw_index


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_object_key_text_indexes"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        raw_index(
            "search_page_title_trigram", "wagtailcore_page", "title gin_trgm_ops", using="gin"
        )
    ]
