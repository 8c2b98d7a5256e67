"""HTTP housekeeping in front of every view: methods, the Host header, stray headers.

- HEAD is answered wherever GET is (load balancers and link checkers probe with it): the view
  runs as for GET and the body is dropped, so views decorated with require_GET answer it too.
- TRACE, TRACK and CONNECT are refused with 405; OPTIONS gets the allowed methods and no body,
  except under CORS_PREFLIGHT_PREFIXES, whose own middleware answers CORS preflights (the API).
- An invalid Host header is a client mistake or a scanner, not a server error: it is logged
  once at WARNING, without a traceback, and answered with the styled 400 page.
- `Content-Encoding: None`, which Wagtail's document view sends for files without an encoding,
  is removed (it would tell clients the body is encoded with a coding named "None").
"""

import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger("thrillwiki.security")

REFUSED_METHODS = {"TRACE", "TRACK", "CONNECT"}
ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS"


def bad_host_response():
    content = loader.get_template("400.html").render({"status": 400})
    response = HttpResponse(content, status=400)
    # Already logged as one warning; stops Django's handler logging "Bad Request" again.
    response._has_been_logged = True
    return response


class ProtocolMiddleware:
    """See the module docstring; it sits just inside the health checks, before host checks."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        method = request.method
        if method in REFUSED_METHODS:
            response = HttpResponse(status=405)
            response["Allow"] = ALLOWED_METHODS
            return response
        try:
            request.get_host()
        except DisallowedHost as exc:
            logger.warning("invalid Host header refused: %s", exc, extra={"path": request.path})
            return bad_host_response()
        if method == "OPTIONS" and not self.answers_own_preflight(request):
            response = HttpResponse(status=200)
            response["Allow"] = ALLOWED_METHODS
            response["Content-Length"] = "0"
            return response
        if method == "HEAD":
            request.method = "GET"
        try:
            response = self.get_response(request)
        finally:
            request.method = method
        if method == "HEAD":
            self.drop_body(response)
        if response.get("Content-Encoding") == "None":
            del response["Content-Encoding"]
        return response

    @staticmethod
    def answers_own_preflight(request):
        prefixes = tuple(getattr(settings, "CORS_PREFLIGHT_PREFIXES", ()))
        return bool(prefixes) and request.path_info.startswith(prefixes)

    @staticmethod
    def drop_body(response):
        """Keep GET's headers (Content-Length included) and send no body."""
        if getattr(response, "streaming", False):
            close = getattr(response, "close", None)
            response.streaming_content = []
            if close:
                close()
            return
        length = len(response.content)
        response.content = b""
        response["Content-Length"] = str(length)
