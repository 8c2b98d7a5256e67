"""An index on wagtailcore_page.url_path, which HomePage.route looks pages up by.

Routing finds every page on a URL's way in one query by url_path (home/models.py), and
Wagtail ships no index on that column: without one each page view scanned the whole page
table, 1.8 ms at 11,000 pages and 18 ms at 110,000, the cost that made every park and ride
page and every list grow with the size of the site. With it the lookup reads three index
entries whatever the size. PostgreSQL and SQLite (the embedded default) only.
"""

from django.db import migrations

from core.db_indexes import raw_index


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_customimage_moved_to_images"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        raw_index(
            "home_page_url_path", "wagtailcore_page", "url_path", vendors=("postgresql", "sqlite")
        )
    ]
