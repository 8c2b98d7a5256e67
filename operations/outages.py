"""A database outage answers with a styled 503, quickly, instead of a 500 or a worker timeout.

With the connect and statement timeouts of operations/database.py, a hung or unreachable
PostgreSQL raises OperationalError within seconds; this middleware (closest to the view)
turns that into the site's 503 page with Retry-After, rendered without touching the database,
the cache or the session.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger("thrillwiki.errors")

DATABASE_UNAVAILABLE_MESSAGE = (
    "Our database is not answering right now. Please try again in a minute."
)
RETRY_AFTER_SECONDS = 30


def service_unavailable(request, message):
    """The styled 503 page (or a plain line for htmx requests), never cached."""
    context = {"message": message, "request_id": getattr(request, "request_id", "")}
    if request.headers.get("HX-Request") == "true":
        content = message
    else:
        content = loader.get_template("503.html").render(context)
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    """Answers a view's database connection failure or statement timeout with a 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.warning(
            "database unavailable during %s %s: %s",
            request.method,
            request.path,
            exception,
            extra={"error": type(exception).__name__},
        )
        return service_unavailable(request, DATABASE_UNAVAILABLE_MESSAGE)
