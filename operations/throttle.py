"""Throttle guesses at a page's view password, like failed admin logins.

Wagtail's password form for restricted pages posts to /_util/authenticate_with_password/
<restriction>/<page>/; a wrong password re-renders the form (200), a right one redirects.
Failures are counted per client address (thrillwiki.security.client_ip, which only believes
X-Forwarded-For from a trusted proxy) and restriction in the cache; after AXES_FAILURE_LIMIT
failures within AXES_COOLOFF_TIME the form answers 429 until the window ends. A success
clears the count. With the cache down the throttle is off (the site must keep serving).
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template import loader

from thrillwiki.security import client_ip

PASSWORD_FORM_PATH = re.compile(r"^/_util/authenticate_with_password/(\d+)/\d+/$")
THROTTLE_MESSAGE = "Too many wrong passwords for this page. Please try again later."
DEFAULT_WINDOW_SECONDS = 15 * 60


def window_seconds():
    cool_off = settings.AXES_COOLOFF_TIME
    return int(cool_off.total_seconds()) if cool_off else DEFAULT_WINDOW_SECONDS


def failure_key(request, restriction_id):
    address = hashlib.sha256((client_ip(request) or "").encode()).hexdigest()[:32]
    return f"thrillwiki:page-password:{restriction_id}:{address}"


def throttled_response(request):
    content = loader.get_template("429.html").render(
        {"message": THROTTLE_MESSAGE, "request_id": getattr(request, "request_id", "")}
    )
    response = HttpResponse(content, status=429)
    response["Retry-After"] = str(window_seconds())
    return response


class PagePasswordThrottleMiddleware:
    """Counts wrong page passwords per client and restriction; refuses guesses past the limit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = PASSWORD_FORM_PATH.match(request.path_info)
        if request.method != "POST" or match is None:
            return self.get_response(request)
        key = failure_key(request, match.group(1))
        if (cache.get(key) or 0) >= settings.AXES_FAILURE_LIMIT:
            return throttled_response(request)
        response = self.get_response(request)
        if response.status_code == 200:  # the form again: a wrong password
            self.count_failure(key)
        elif 300 <= response.status_code < 400:
            cache.delete(key)
        return response

    @staticmethod
    def count_failure(key):
        if not cache.add(key, 1, window_seconds()):
            try:
                cache.incr(key)
            except ValueError:  # expired in between, or the cache is down
                cache.add(key, 1, window_seconds())
