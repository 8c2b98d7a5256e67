"""Site-wide views: robots.txt and the error handlers."""

import logging

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

logger = logging.getLogger("thrillwiki.errors")

STATIC_500 = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Something went wrong · ThrillWiki</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">
<h1>Something went wrong</h1>
<p>ThrillWiki hit an error while building this page. It has been logged; please try again
in a minute.</p><p><a href="/">Back to the home page</a></p></body></html>"""


@require_GET
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def server_error(request):
    """500 handler that still answers when the template, database or cache is down."""
    try:
        template = loader.get_template("500.html")
        return HttpResponseServerError(template.render({"request_id": ""}))
    except Exception:
        logger.exception("500 template failed; serving the static fallback")
        return HttpResponseServerError(STATIC_500)
