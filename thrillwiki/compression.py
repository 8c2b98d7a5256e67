"""Gzip for HTML pages.

A park page's HTML is ~48 KB (mostly photo URLs in `srcset`s) and ~6 KB gzipped; on a phone's
slow network the first paint waits for those bytes. Django's GZipMiddleware compresses it (with
random padding against BREACH). Only HTML: the API's JSON pages are small and revalidated by
ETag, and the open-data files stream large downloads that are not worth compressing per request.
"""

from django.middleware.gzip import GZipMiddleware


class PageGZipMiddleware(GZipMiddleware):
    """GZipMiddleware for `text/html` responses only."""

    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith("text/html"):
            return response
        return super().process_response(request, response)
