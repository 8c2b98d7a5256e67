"""/data/ in the sitemap beside Wagtail's pages (the API itself is not a page)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class OpenDataSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["open_data"]

    def location(self, item):
        return reverse(item)
