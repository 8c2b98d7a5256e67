"""HTTP behaviour of /api/: CORS for reading, a per-client rate limit, and cheap 304s.

Two middlewares, so that a response kept by the page cache costs one Redis round trip, as a
kept page does:

- OpenDataMiddleware sits just inside WhiteNoise, ahead of the sessions and the page cache, so
  a refused request costs no database query and every request, kept or not, is counted:
  - CORS: any origin may GET (the data is open); preflights are answered here.
  - Rate limit: a fixed one-minute window per client address, counted in the default cache
    (Redis in production, so every web process shares the count) with add + incr; over the
    limit a 429 problem says when to retry. A cache outage lets requests through rather
    than refusing everyone.
- VersionValidatorsMiddleware sits just inside the page cache. It gives a rendered answer its
  ETag and Last-Modified, derived from the site's content version (operations.cache), which
  changes on every publish, unpublish, move or delete and on company and ride-model edits, so
  a client's copy is valid exactly until the next change. A request whose copy is current is
  answered 304 before the view runs. The page cache keeps both headers with the answer, so a
  kept answer needs no reading of its own: ConditionalGetMiddleware answers 304 from them.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, parse_http_date_safe, quote_etag

from api.problems import problem_response
from operations.cache import content_version
from thrillwiki.security import client_ip

API_PREFIX = "/api/"
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": (
        "ETag, Last-Modified, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining"
    ),
}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, If-None-Match, If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}
WINDOW_SECONDS = 60


def set_headers(response, headers):
    for name, value in headers.items():
        response[name] = value


def now():
    return time.time()


def version_validators(request):
    """(ETag, Last-Modified timestamp) of what this URL shows at the current content version.

    Last-Modified is when the API first saw this version: never earlier than the change
    itself, so a client is never told a stale copy is current.
    """
    version = content_version()
    seen_key = f"api:version-seen:{version}"
    seen = cache.get(seen_key)
    if seen is None:  # the first request of this version records when it saw it
        cache.add(seen_key, int(now()), timeout=None)
        seen = cache.get(seen_key) or int(now())
    identity = "\n".join([version, request.build_absolute_uri()])
    return quote_etag(hashlib.sha256(identity.encode()).hexdigest()[:32]), seen


def not_modified(request, etag, last_modified):
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        offered = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return etag in offered or "*" in offered
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    return since is not None and last_modified <= since


class OpenDataMiddleware:
    """CORS, HEAD and the rate limit for /api/; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        head = request.method == "HEAD"
        if head:  # the API's routes answer GET; HEAD is the same without the body
            request.method = "GET"
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            set_headers(response, PREFLIGHT_HEADERS)
        else:
            response = self.limited(request) or self.get_response(request)
        if head and not response.streaming:
            response.content = b""
        set_headers(response, CORS_HEADERS)
        return response

    def limited(self, request):
        """A 429 once this client has used up the current window, else None."""
        limit = settings.API_RATE_LIMIT_PER_MINUTE
        if limit <= 0:
            return None
        moment = now()
        window = int(moment // WINDOW_SECONDS)
        key = f"api:rate:{client_ip(request)}:{window}"
        cache.add(key, 0, timeout=WINDOW_SECONDS + 5)
        try:
            count = cache.incr(key)
        except ValueError:  # evicted between add and incr, or the cache is down: let it through
            return None
        request.api_rate_remaining = max(0, limit - count)
        if count <= limit:
            return None
        retry_after = max(1, int((window + 1) * WINDOW_SECONDS - moment))
        response = problem_response(
            429,
            "rate-limited",
            "Too many requests",
            f"This client may make {limit} requests a minute; retry in {retry_after} s.",
        )
        response["Retry-After"] = str(retry_after)
        response["X-RateLimit-Limit"] = str(limit)
        response["X-RateLimit-Remaining"] = "0"
        response["Cache-Control"] = "no-store"
        return response


class VersionValidatorsMiddleware:
    """ETag and Last-Modified for the API's answers, and a 304 without rendering for a client
    whose copy is current; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "GET" or not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        etag, last_modified = version_validators(request)
        if not_modified(request, etag, last_modified):
            response = HttpResponse(status=304)
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_MAX_AGE)
        else:
            response = self.get_response(request)
            if response.status_code != 200:
                return response
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        return response
