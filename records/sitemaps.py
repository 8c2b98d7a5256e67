"""The records app's pages in /sitemap.xml: records, census, pipeline, and each year with
an opening or a closing (years with nothing to show are left out)."""

from django.contrib.sitemaps import Sitemap
from django.db.models.functions import ExtractYear
from django.urls import reverse

from records.queries import public_rides

STATIC_PAGES = ["records:records", "records:census", "records:pipeline"]


def years_with(field):
    """Distinct years in which some live ride has this date: one query."""
    rides = public_rides().exclude(**{field: None}).order_by()
    return sorted(set(rides.annotate(y=ExtractYear(field)).values_list("y", flat=True)))


class RecordsSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return [
            *((name, ()) for name in STATIC_PAGES),
            *(("records:new", (year,)) for year in years_with("opening_date")),
            *(("records:closed", (year,)) for year in years_with("closing_date")),
        ]

    def location(self, item):
        name, args = item
        return reverse(name, args=args)
