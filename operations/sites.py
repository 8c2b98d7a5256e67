"""The Wagtail Site of a request, looked up once per content version per worker.

Wagtail looks the Site up in the database on every request that needs it (hostname, port and
default site in one query), and page views then load the site's root page as its specific
type (a second query). Both change only when a Site or the home page changes: a Site's save
or delete and every publish bump the content version (operations.signals). So the Site that
Wagtail found for one request (with its root page, once loaded) is kept per worker under the
content version the request started with, and given to the next public GET requests of that
version. Nothing is looked up here: views that never need a Site still never ask for one, and
the admin always asks the database.
"""

from django.http.request import split_domain_port

from operations.cache import content_version
from operations.middleware import is_private_path

# (hostname, port) -> (content version, Site). Hosts are limited by ALLOWED_HOSTS (checked
# before this middleware runs), so this stays small; it is emptied when it is not.
_sites = {}
MAX_SITES = 64


def site_key(request):
    return split_domain_port(request._get_raw_host())[0], request.get_port()


class CachedSiteMiddleware:
    """Gives a public GET request the Site kept for its host and the current content version,
    and keeps the Site Wagtail found when there was none."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or is_private_path(request.path):
            return self.get_response(request)
        key, version = site_key(request), content_version()
        entry = _sites.get(key)
        if entry is not None and entry[0] == version:
            request._wagtail_site = entry[1]
            return self.get_response(request)
        response = self.get_response(request)
        site = request.__dict__.get("_wagtail_site")
        # Only a Site found under an unchanged version: a publish during this request may
        # have changed the root page.
        if site is not None and content_version() == version:
            if len(_sites) >= MAX_SITES:
                _sites.clear()
            _sites[key] = (version, site)
        return response
