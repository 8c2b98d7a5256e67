"""Request IDs and access logs, HTTP cache headers, and the anonymous full-page cache.

Order in MIDDLEWARE (see the Operations block of thrillwiki/settings/base.py):
RequestLogMiddleware first, so every log line of a request carries its ID and the access line
covers the whole stack; AnonymousPageCacheMiddleware just inside ConditionalGetMiddleware, so a
cached page can still answer 304; CacheHeadersMiddleware last, closest to the view, so it sees
what the view did (CSRF token used, cookies set, preview) before anything else touches it.
"""

import hashlib
import logging
import re
import time
import uuid
from contextlib import ExitStack

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.cache import (
    add_never_cache_headers,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)

from core.memo import request_memo
from core.query import KEPT_RESTRICTIONS, read_view_restrictions
from operations import fill_ins, local_copies, views
from operations.cache import content_version, per_content_version, with_content_version
from thrillwiki.logging import request_id_var

access_logger = logging.getLogger("thrillwiki.access")
slow_logger = logging.getLogger("thrillwiki.slow")

# A client-supplied ID is reused only when it is short and harmless in logs and headers.
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:@/+=-]{8,128}")
QUIET_PATHS = ("/healthz", "/readyz")
PRIVATE_PREFIXES = ("/admin/", "/django-admin/")


def client_request_id(request):
    """The incoming X-Request-ID when it is sane, else a new random ID."""
    incoming = request.headers.get("X-Request-ID", "")
    return incoming if SANE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex


class QueryStats:
    """A database execute wrapper that counts queries and the time spent in them."""

    def __init__(self):
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.count += 1
            self.seconds += time.perf_counter() - start


class RequestLogMiddleware:
    """Gives each request an ID (logged on every line, returned as X-Request-ID), writes one
    access line per request, and a warning with query count and time for slow requests."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = client_request_id(request)
        request.request_id = request_id
        token = request_id_var.set(request_id)
        stats = QueryStats()
        start = time.perf_counter()
        try:
            with ExitStack() as stack:
                for connection in connections.all():
                    stack.enter_context(connection.execute_wrapper(stats))
                response = self.get_response(request)
            response["X-Request-ID"] = request_id
            self.log(request, response, stats, time.perf_counter() - start)
            return response
        finally:
            request_id_var.reset(token)

    def log(self, request, response, stats, seconds):
        duration_ms = round(seconds * 1000, 1)
        fields = {
            "method": request.method,
            "path": request.get_full_path()[:1000],
            "status": response.status_code,
            "duration_ms": duration_ms,
            "queries": stats.count,
            "query_ms": round(stats.seconds * 1000, 1),
            "remote_addr": request.META.get("REMOTE_ADDR", ""),
        }
        user = getattr(request, "_cached_user", None)  # only if the request already loaded it
        if user is not None and user.is_authenticated:
            fields["user_id"] = user.pk
        if "X-Page-Cache" in response:
            fields["page_cache"] = response["X-Page-Cache"]
        quiet = request.path in QUIET_PATHS and response.status_code < 400
        access_logger.log(
            logging.DEBUG if quiet else logging.INFO,
            "%s %s %s %sms",
            fields["method"],
            fields["path"],
            fields["status"],
            duration_ms,
            extra=fields,
        )
        if duration_ms > settings.SLOW_REQUEST_MS:
            slow_logger.warning(
                "slow request: %s %s took %sms (%s queries, %sms in the database)",
                fields["method"],
                fields["path"],
                duration_ms,
                stats.count,
                fields["query_ms"],
                extra={**fields, "budget_ms": settings.SLOW_REQUEST_MS},
            )


def is_private_path(path):
    return path.startswith(PRIVATE_PREFIXES)


def is_public_response(request, response):
    """Whether this response may be stored by browsers, CDNs and the page cache.

    Only anonymous GET/HEAD page views that succeeded, did not render a form with a CSRF
    token, did not set a cookie, and are not a preview or part of the admin.
    """
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if is_private_path(request.path) or getattr(request, "is_preview", False):
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if getattr(response, "streaming", False):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


class CacheHeadersMiddleware:
    """Public pages get `Cache-Control: public, max-age=<short>` and an ETag; everything that
    is personal (logged in, admin, previews, forms) is `private, no-store`.

    Headers a view set itself (robots.txt, the health endpoints) are left alone, except that
    the admin and logged-in responses are always private.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_public_response(request, response):
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_MAX_AGE)
            if not response.has_header("ETag"):
                set_response_etag(response)
        elif self.personal(request) or not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response

    @staticmethod
    def personal(request):
        user = getattr(request, "user", None)
        return (
            is_private_path(request.path)
            or getattr(request, "is_preview", False)
            or (user is not None and user.is_authenticated)
        )


# Request headers that change what a page renders (the htmx fragment protocol).
VARY_HEADERS = ("HX-Request", "HX-Target", "HX-Boosted", "HX-Trigger", "HX-Trigger-Name")
# Query parameters some public view reads (list filters, search, pagination). A request with
# any other parameter bypasses the page cache, so junk query strings cannot flood it.
# Kept in step with the public filter forms by operations/tests/test_invalidation.py.
CACHEABLE_QUERY_PARAMS = frozenset(
    {"page", "q", "type", "status", "country", "park_type", "category", "manufacturer"}
    | {"operator", "sort", "area", "role"}
    | {"stat", "year", "continent", "track_material", "coaster_type", "launch_type", "opened"}
    # The map's view (maps.viewport): its GeoJSON answers a bad value with a 400, never kept.
    | {"bbox", "zoom"}
)
# Paths whose views answer any parameter they do not read with a 400 (never stored), so any
# parameter may be part of a page cache key there: the open data API's many filters.
ANY_PARAMETER_PREFIXES = ("/api/",)
MAX_CACHEABLE_QUERY_LENGTH = 512
# Response Vary values the page cache key already accounts for.
HANDLED_VARY = {"cookie", "accept-encoding", *(h.lower() for h in VARY_HEADERS)}
# Headers of a page kept with fill-ins that are set anew on every response built from it: its
# length changes with the values filled in, and it is never cacheable downstream.
UNKEPT_FILLED_HEADERS = ("content-length", "etag", "last-modified", "expires", "cache-control")


def cacheable_query(request):
    """Whether the query string only holds parameters a view reads (or is on a path that
    refuses the others), and is short."""
    query = request.META.get("QUERY_STRING", "")
    if len(query) > MAX_CACHEABLE_QUERY_LENGTH:
        return False
    return request.path.startswith(ANY_PARAMETER_PREFIXES) or (
        set(request.GET) <= CACHEABLE_QUERY_PARAMS
    )


# Where a kept page holds the time its lifetime in the cache ends (operations.local_copies).
KEPT_DEADLINE = 5


def read_kept(key):
    """(the current content version, the page kept for `key` under it or None), in one Redis
    round trip: with this process's own copy of the page (operations.local_copies), only the
    version is read, and the copy is served if it was kept under that version; without one,
    the version and the page are read together (MGET), and a page served is copied.

    A copy from an older version costs a second round trip (the page), once per page and
    process after each publish."""
    copy = local_copies.copies.get(key)
    if copy is None:
        version, kept = with_content_version(key)
    else:
        version = content_version()
        if copy[0] == version:
            return version, copy
        kept = cache.get(key)
    if kept is None or kept[0] != version:
        local_copies.copies.discard(key)
        return version, None
    if len(kept) > KEPT_DEADLINE:
        local_copies.copies.put(key, kept, kept[KEPT_DEADLINE])
    return version, kept


class AnonymousPageCacheMiddleware:
    """A server-side cache of whole public pages for visitors without a session, in Redis.

    On when PAGE_CACHE_SECONDS > 0. Requests with query parameters no view reads bypass it.
    The key covers the host, path, query parameters (sorted) and the htmx headers, so a
    fragment request never gets the full page; a kept page carries the content version it
    was rendered under (which changes on every publish and unpublish) and is served only
    while that version is current, so a publish is visible at once. Visitors with
    a session or message cookie (editors, anyone logged in) and the admin always bypass it, and
    only responses that CacheHeadersMiddleware marked public are stored, or pages whose view
    rendered the values that belong to one reader (a form's CSRF token) as placeholders:
    those are kept with their placeholders and filled in anew for each response, which is
    private and never cacheable downstream (operations.fill_ins).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # Django's own CSRF steps, run around the filling of a page kept with fill-ins: a hit
        # never reaches the CsrfViewMiddleware further in.
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0 or not self.eligible(request):
            return self.get_response(request)
        key = self.key(request)
        version, cached = read_kept(key)
        if cached is not None:
            response = self.kept_response(request, cached)
            if response is not None:
                return response
        taken = fill_ins.render_kept_copy(request) if self.may_fill(request) else {}
        response = self.get_response(request)
        if self.storable(request, response, filled=bool(taken)):
            headers = [(name, value) for name, value in response.items()]
            if taken:
                headers = [(n, v) for n, v in headers if n.lower() not in UNKEPT_FILLED_HEADERS]
            # The version read before rendering: a publish meanwhile leaves the page stale.
            deadline = local_copies.now() + seconds
            kept = (version, response.status_code, headers, response.content, dict(taken), deadline)
            cache.set(key, kept, seconds)
            local_copies.copies.put(key, kept, deadline)
            response["X-Page-Cache"] = "miss"
        if taken:  # kept or not, this response holds placeholders, not values
            return self.fill(request, response, taken)
        return response

    def kept_response(self, request, cached):
        """The response built from a kept page, or None when it cannot be filled here."""
        _, status, headers, content, *rest = cached
        taken = rest[0] if rest else {}
        if taken and not (self.may_fill(request) and all(map(fill_ins.is_registered, taken))):
            return None
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return self.fill(request, response, taken) if taken else response

    @staticmethod
    def may_fill(request):
        """Whether a page may be kept with fill-ins for this request: GETs only, and not with
        CSRF_USE_SESSIONS, whose CSRF secret is in the session a hit has not loaded."""
        return request.method == "GET" and not settings.CSRF_USE_SESSIONS

    def fill(self, request, response, taken):
        """A response from a copy kept with placeholders: this reader's values in their place
        (a CSRF token for the secret in their cookie, or a new secret and its cookie, as
        CsrfViewMiddleware does), and headers that let no other cache keep it."""
        self.csrf.process_request(request)  # the reader's secret, as CsrfViewMiddleware reads it
        response.content = fill_ins.fill(request, response.content, taken)
        for name in UNKEPT_FILLED_HEADERS:
            del response[name]
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        patch_vary_headers(response, ("Cookie",))
        response["Content-Length"] = str(len(response.content))
        return self.csrf.process_response(request, response)  # Set-Cookie, Vary: Cookie

    @staticmethod
    def eligible(request):
        if request.method not in ("GET", "HEAD") or is_private_path(request.path):
            return False
        if "HTTP_AUTHORIZATION" in request.META:
            return False
        if not cacheable_query(request):
            return False
        cookies = request.COOKIES
        return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies

    @staticmethod
    def key(request):
        """One key per page and htmx fragment; the content version is kept in the value."""
        query = sorted(request.GET.lists())  # one entry however the parameters are ordered
        parts = [request.get_host(), request.path, repr(query)]
        parts += [request.headers.get(name, "") for name in VARY_HEADERS]
        digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
        return f"thrillwiki:page:{digest}"

    @staticmethod
    def storable(request, response, filled=False):
        """Whether every anonymous reader may get this response: a page marked public, or a
        page its view rendered with fill-in placeholders (`filled`), whose other parts are
        the same for every reader; a response that set a cookie (a CSRF token rendered after
        all) is never kept."""
        if request.method != "GET" or not is_public_response(request, response):
            return False
        if not filled and "public" not in response.get("Cache-Control", ""):
            return False
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
        return vary <= HANDLED_VARY


def kept_view_restrictions():
    """The site's view restrictions, kept per content version (every restriction change bumps
    it, at once and again at its commit)."""
    return per_content_version("view-restrictions", read_view_restrictions)


class KeptRestrictionsMiddleware:
    """Requests that write nothing (GET, HEAD) read the view restrictions kept per content
    version instead of the table: one query fewer on every public page.

    Only such requests fill that cache. They read committed rows, and a request that changes
    a restriction reads the table: in a transaction that is rolled back it would otherwise
    keep a restriction that never existed (or miss one that still does) under the version
    its change made.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        memo = request_memo()
        if memo is not None and request.method in ("GET", "HEAD"):
            memo[KEPT_RESTRICTIONS] = kept_view_restrictions
        return self.get_response(request)


class HealthCheckMiddleware:
    """Answers /healthz and /readyz before host validation, sessions or the page cache.

    Load balancers and orchestrators probe by IP address, which is not in ALLOWED_HOSTS;
    these two endpoints return no content that depends on the host, so that is safe.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.views = {"/healthz": views.healthz, "/readyz": views.readyz}

    def __call__(self, request):
        view = self.views.get(request.path_info)
        if view is not None:
            return view(request)
        return self.get_response(request)
