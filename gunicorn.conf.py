"""gunicorn configuration for ThrillWiki (production settings); every knob comes from the env.

Logs go through the same logging configuration as the application (thrillwiki/logging.py),
so with LOG_FORMAT=json gunicorn's own lines are JSON objects too. The application writes one
access line per request (with its request ID, duration and query count), so gunicorn's access
log is off unless GUNICORN_ACCESS_LOG=true.
"""

import gc
import logging
import multiprocessing
import os

from gunicorn.http import wsgi

from thrillwiki.logging import logging_config

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thrillwiki.settings.production")


def _int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _bool(name, default):
    value = os.environ.get(name, "").strip().lower()
    return value in {"1", "true", "yes", "on"} if value else default


# No Server header: naming the server only helps an attacker choose exploits. gunicorn has
# no setting for it, so its response headers are filtered.
_default_headers = getattr(wsgi.Response.default_headers, "original", wsgi.Response.default_headers)


def _headers_without_server(self):
    return [line for line in _default_headers(self) if not line.lower().startswith("server:")]


_headers_without_server.original = _default_headers
wsgi.Response.default_headers = _headers_without_server

# Loopback by default: nginx (deploy/nginx/) is the only client; it buffers whole requests, so
# slow or idle clients never hold a worker. See docs/serving.md.
bind = os.environ.get("GUNICORN_BIND") or f"127.0.0.1:{_int('PORT', 8000)}"
workers = _int("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1)
# Sync workers, one request per process: nginx in front buffers whole requests and responses,
# so slow clients never hold a worker, and the pages are CPU-bound Python. With gthread, two
# requests in one process share its interpreter lock, and every database round trip waits up
# to a switch interval (5 ms) to get it back: the park page served 42 requests a second with
# gthread and 74 with sync on the same machine (docs/benchmark.md). Slow dependencies are
# bounded by their own timeouts (docs/serving.md). GUNICORN_WORKER_CLASS=gthread (with
# GUNICORN_THREADS) remains for a platform without a buffering proxy in front.
worker_class = os.environ.get("GUNICORN_WORKER_CLASS") or "sync"
threads = _int("GUNICORN_THREADS", 4 if worker_class == "gthread" else 1)
# Requests are killed after `timeout` seconds; on reload/TERM workers get `graceful_timeout`
# to finish what they are doing.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Recycle workers after a jittered number of requests, so slow leaks never accumulate and
# workers do not all restart at once.
max_requests = _int("GUNICORN_MAX_REQUESTS", 10000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 1000)
preload_app = True
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS") or "127.0.0.1"

_log_format = os.environ.get("LOG_FORMAT", "text").strip() or "text"
_log_level = os.environ.get("LOG_LEVEL", "INFO").strip() or "INFO"
_access_log = _bool("GUNICORN_ACCESS_LOG", False)
logconfig_dict = logging_config(_log_format, _log_level)
logconfig_dict["loggers"].update(
    {
        "gunicorn.error": {"handlers": ["console"], "level": _log_level, "propagate": False},
        "gunicorn.access": {
            "handlers": ["console"] if _access_log else [],
            "level": "INFO" if _access_log else "CRITICAL",
            "propagate": False,
        },
    }
)
accesslog = "-" if _access_log else None
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s" request_id=%({x-request-id}o)s'
# Python warnings go through logging too, so every line on stderr has the same format.
logging.captureWarnings(True)


def pre_fork(server, worker):
    """Freeze what the preloaded application allocated before each worker is forked.

    The loaded application (Django, Wagtail, our modules) is some 170,000 long-lived objects.
    Frozen, the collector's full passes in the workers no longer walk them: such a pass landed
    on whichever request was running, and the GeoJSON's p99 went from 89 to 31 ms with this.
    Nor are they written to any more, so the workers keep sharing those memory pages.
    """
    gc.freeze()


# What a worker's first requests load and keep (compiled templates, URL patterns, the
# content types, the search backend) is long-lived too; it is frozen once warmed up.
freeze_after_requests = _int("GUNICORN_FREEZE_AFTER_REQUESTS", 200)


def post_request(worker, req, environ, resp):
    """Freeze the worker's heap once, after its first `freeze_after_requests` requests.

    Objects frozen before the fork are skipped by the collector, but not what the first
    requests loaded: each full collection walked those (20 ms), on whichever request was
    running. Collecting and freezing once, after a response is sent, takes that walk off
    every later request. Runs after the response has gone to the client.
    """
    if freeze_after_requests and worker.nr == freeze_after_requests:
        gc.collect()
        gc.freeze()
