"""Records and census results computed after a publish, on the task queue, not by a reader.

At 100,000 rides the default /records/ and /stats/ results take about 0.8 s to compute. They are
kept per content version (records.views.RESULTS_SECONDS), so every publish empties them; this
task renders both pages once for the new version, as an anonymous reader's request would,
which keeps their results fragments (and the whole pages) for the readers who come next.
"""

import logging
from io import BytesIO, StringIO

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIRequest
from django.urls import reverse
from django_tasks import task
from wagtail.models import Site

logger = logging.getLogger("thrillwiki.records")

# Set while a warm-up is queued and has not started: publishes meanwhile queue no other one.
PENDING_KEY = "thrillwiki:records-warm-pending"
PENDING_SECONDS = 600  # a lost task (a worker killed mid-run) blocks the next one this long
WARMED_VIEWS = ("records:records", "records:census")


def queue_warm_results():
    """Queue one warm-up unless one is already waiting (a burst of publishes needs one)."""
    if cache.add(PENDING_KEY, 1, PENDING_SECONDS):
        warm_results.enqueue()


def reader_request(site, path):
    """A GET of `path` on `site` with no cookies: what an anonymous reader's browser sends
    (over HTTPS where production redirects to it, so the answer is the page, not a redirect)."""
    secure = settings.SECURE_SSL_REDIRECT or site.port == 443
    standard_port = site.port in (80, 443)
    port = (443 if secure else 80) if standard_port else site.port
    return WSGIRequest(
        {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "SERVER_NAME": site.hostname,
            "SERVER_PORT": str(port),
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": site.hostname if standard_port else f"{site.hostname}:{port}",
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.url_scheme": "https" if secure else "http",
            "wsgi.input": BytesIO(),
            "wsgi.errors": StringIO(),
        }
    )


@task()
def warm_results():
    """Request the default records and census views on the default site through the whole
    middleware stack, so the page cache and the fragment caches keep what they render.

    Returns the status codes; anything but 200 is logged (a Site whose hostname is not in
    ALLOWED_HOSTS, say) and costs readers nothing but the warm-up.
    """
    cache.delete(PENDING_KEY)  # a publish from now on needs a warm-up of its own
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return []
    handler = BaseHandler()
    handler.load_middleware()
    statuses = []
    for name in WARMED_VIEWS:
        path = reverse(name)
        response = handler.get_response(reader_request(site, path))
        if response.status_code != 200:
            logger.warning("warming %s on %s answered %s", path, site, response.status_code)
        statuses.append(response.status_code)
    return statuses
