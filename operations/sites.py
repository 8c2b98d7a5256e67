"""The Wagtail Site of a request, looked up once per content version per worker.

Wagtail looks the Site up in the database on every request that needs it (hostname, port and
default site in one query), and page views then load the site's root page as its specific
type (a second query). Both change only when a Site or the home page changes: a Site's save
or delete and every publish bump the content version (operations.signals). So the Site that
Wagtail found for one request (with its root page, once loaded) is kept per worker under the
content version the request started with, and given to the next public GET requests of that
version. Nothing is looked up here: views that never need a Site still never ask for one, and
the admin always asks the database.

The site root paths (Wagtail's table from page url_paths to URLs, read from the cache on the
first link of every request) are kept the same way, for the whole worker.
"""

from django.http.request import split_domain_port

from core.page_urls import ROOT_PATHS_ATTRIBUTE
from operations.cache import content_version
from operations.middleware import is_private_path

# (hostname, port) -> (content version, Site). Hosts are limited by ALLOWED_HOSTS (checked
# before this middleware runs), so this stays small; it is emptied when it is not.
_sites = {}
MAX_SITES = 64
# (content version, Site.get_site_root_paths()) of the last request that read them.
_root_paths = [None, None]


def site_key(request):
    return split_domain_port(request._get_raw_host())[0], request.get_port()


class CachedSiteMiddleware:
    """Gives a public GET request the Site kept for its host and the current content version,
    and the site root paths kept for that version; keeps what Wagtail found when there was
    none."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or is_private_path(request.path):
            return self.get_response(request)
        key, version = site_key(request), content_version()
        if _root_paths[0] == version:
            setattr(request, ROOT_PATHS_ATTRIBUTE, _root_paths[1])
        entry = _sites.get(key)
        if entry is not None and entry[0] == version:
            request._wagtail_site = entry[1]
        response = self.get_response(request)
        # Only what was found under an unchanged version: a publish during this request may
        # have changed the root page.
        if content_version() == version:
            self.keep(request, key, version)
        return response

    @staticmethod
    def keep(request, key, version):
        site = request.__dict__.get("_wagtail_site")
        if site is not None:
            if len(_sites) >= MAX_SITES:
                _sites.clear()
            _sites[key] = (version, site)
        root_paths = request.__dict__.get(ROOT_PATHS_ATTRIBUTE)
        if root_paths is not None:
            _root_paths[:] = [version, root_paths]
