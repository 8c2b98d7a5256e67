"""The map page in /sitemap.xml, next to Wagtail's pages (thrillwiki/urls.py combines them)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class MapSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return ["maps:map"]

    def location(self, item):
        return reverse(item)
