"""Page URLs for long lists, built from each page's url_path without asking Wagtail per page.

Wagtail's `page.url` reads the site root paths from the cache on every call when no request
is given (one Redis round trip per link), and `page.get_url(request)` reverses the serve URL
per page; a list of 50 or 1,000 pages pays that many times over. The resolver reads the root
paths once and reverses once, then each URL is string work.
"""

from django.urls import reverse
from wagtail.models import Site

REQUEST_ATTRIBUTE = "_thrillwiki_page_url_for"
ROOT_PATHS_ATTRIBUTE = "_wagtail_cached_site_root_paths"  # where Wagtail keeps them per request


def page_url_resolver(request=None):
    """A function from a page's url_path to its URL relative to its site, as Wagtail builds it.

    The first root whose path prefixes the page's is the one Wagtail itself picks
    (Site.get_site_root_paths() is ordered for that). Given a request, the root paths are
    those kept on it (by Wagtail, or per worker by operations.sites), not a cache read.
    """
    if request is not None and hasattr(request, ROOT_PATHS_ATTRIBUTE):
        roots = getattr(request, ROOT_PATHS_ATTRIBUTE)
    else:
        roots = Site.get_site_root_paths()
        if request is not None:
            setattr(request, ROOT_PATHS_ATTRIBUTE, roots)
    root_paths = [root.root_path for root in roots]
    prefix = reverse("wagtail_serve", args=("",))

    def url_for(url_path):
        for root_path in root_paths:
            if url_path.startswith(root_path):
                return prefix + url_path[len(root_path) :]
        return None

    return url_for


def request_page_url(request, page):
    """`page`'s URL relative to its site, with one resolver per request."""
    url_for = getattr(request, REQUEST_ATTRIBUTE, None)
    if url_for is None:
        url_for = page_url_resolver(request)
        setattr(request, REQUEST_ATTRIBUTE, url_for)
    return url_for(page.url_path)
