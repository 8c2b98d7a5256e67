"""Indexes that let the database search fetch each matched page by its key.

The database backend (modelsearch's PostgreSQL backend) joins wagtailsearch_indexentry to the
searched model on `model.pk::varchar(50)::text = object_id`. No index covers that cast, so
PostgreSQL hashed every row of the page table (or of the park or ride table) for each search
and each autocomplete: 5 to 15 ms at 10,000 rides, 30 to 55 ms at 100,000, growing with the
site. With an index on the same expression (and the table analysed, so the planner has
statistics on it) it looks up each matching entry's page instead, a cost that grows with the
matches. One index per table the backend searches from: Page (autocomplete), ParkPage and
RidePage (the search page's two lists). PostgreSQL only; SQLite has its own FTS5 tables.
"""

from django.db import migrations

from core.db_indexes import raw_index

KEY_AS_TEXT = "(({}::varchar(50))::text)"  # the backend's join: pk::varchar(50)::text


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_indexentry_title_body_gin"),
        ("parks", "0001_initial"),
        ("rides", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        raw_index(name, table, KEY_AS_TEXT.format(column), analyze=True)
        for name, table, column in (
            ("search_page_key_text", "wagtailcore_page", "id"),
            ("search_parkpage_key_text", "parks_parkpage", "page_ptr_id"),
            ("search_ridepage_key_text", "rides_ridepage", "page_ptr_id"),
        )
    ]
