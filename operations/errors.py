"""The error handlers (handler400/403/404/500 and CSRF_FAILURE_VIEW).

Every error has a page in the site's style and, for htmx requests, a small fragment with the
status code instead (static/js/htmx-errors.js shows it as a non-blocking notice, so a failed
filter never swaps a whole error page into the results).
"""

import logging

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader

logger = logging.getLogger("thrillwiki.errors")

# No inline styles: the Content-Security-Policy forbids them, and this must render regardless.
STATIC_500 = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Something went wrong · ThrillWiki</title></head>
<body><h1>Something went wrong</h1>
<p>ThrillWiki hit an error while building this page. It has been logged; please try again
in a minute.</p><p><a href="/">Back to the home page</a></p></body></html>"""


ERROR_MESSAGES = {
    400: "The request could not be understood.",
    403: "You do not have permission to do that.",
    404: "That page could not be found.",
    500: "Something went wrong on our side. Please try again in a minute.",
}
CSRF_MESSAGE = "Your session expired or the form was sent from another site. Reload and retry."


def is_htmx(request):
    return request.headers.get("HX-Request") == "true"


def error_response(request, status, template_name, message=None):
    """The styled error page, or the htmx fragment, without touching the database or cache.

    Templates are rendered without context processors (no session, user or site settings), so
    this still answers when the services behind them are down.
    """
    request_id = getattr(request, "request_id", "")
    context = {
        "status": status,
        "message": message or ERROR_MESSAGES.get(status, ERROR_MESSAGES[500]),
        "request_id": request_id,
    }
    if is_htmx(request):
        template_name = "errors/htmx_error.html"
    content = loader.get_template(template_name).render(context)
    return HttpResponse(content, status=status)


def bad_request(request, exception=None):
    return error_response(request, 400, "400.html")


def permission_denied(request, exception=None):
    return error_response(request, 403, "403.html")


def page_not_found(request, exception=None):
    if is_htmx(request):
        return error_response(request, 404, "404.html")
    # The full 404 page extends the site layout, which uses the request (navigation, search).
    content = loader.render_to_string("404.html", {"status": 404}, request)
    return HttpResponse(content, status=404)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a friendly 403 instead of Django's debug-style page."""
    logger.warning("CSRF check failed: %s", reason, extra={"path": request.path})
    return error_response(request, 403, "403_csrf.html", CSRF_MESSAGE)


def server_error(request):
    """500 handler that still answers when the template, database or cache is down."""
    try:
        return error_response(request, 500, "500.html")
    except Exception:
        logger.exception("500 template failed; serving the static fallback")
        return HttpResponseServerError(STATIC_500)
