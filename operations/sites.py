"""The Wagtail Site of a request, found once per content version per worker, not per request.

Wagtail looks the Site up in the database on every request (hostname, port and default site
in one query) and then loads the site's root page as its specific type (a second query), on
every page view. Both change only when a Site or the home page changes: a Site's save or
delete and every publish bump the content version (operations.signals), so the Site, with its
root page, is kept per worker under the current version. Public GET requests only; the admin
always asks the database.
"""

from django.http.request import split_domain_port
from wagtail.models import Site

from operations.cache import content_version
from operations.middleware import is_private_path

# (hostname, port) -> (content version, Site or None). Hosts are limited by ALLOWED_HOSTS
# (checked before this middleware runs), so this stays small; it is emptied when it is not.
_sites = {}
MAX_SITES = 64


def cached_site(request):
    """The Site Wagtail would find for `request`, from this worker's cache when still current."""
    key = (split_domain_port(request._get_raw_host())[0], request.get_port())
    version = content_version()
    entry = _sites.get(key)
    if entry is not None and entry[0] == version:
        return entry[1]
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page.specific  # noqa: B018 - loaded now, kept with the Site
    if len(_sites) >= MAX_SITES:
        _sites.clear()
    _sites[key] = (version, site)
    return site


class CachedSiteMiddleware:
    """Sets the request's Wagtail Site (request._wagtail_site) from `cached_site`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and not is_private_path(request.path):
            request._wagtail_site = cached_site(request)
        return self.get_response(request)
