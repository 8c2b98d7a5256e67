"""Log formatting: plain text for people, one JSON object per line for log shippers."""

import contextvars
import json
import logging
from datetime import UTC, datetime

# The ID of the request being handled, set by operations.middleware.RequestLogMiddleware.
request_id_var = contextvars.ContextVar("request_id", default="-")

_STANDARD_ATTRS = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class RequestContextFilter(logging.Filter):
    """Stamps every record with the current request ID, so all lines of one request match.

    Django's request loggers attach the request object itself; its method, path and client
    details are added as `http`, which is what a reader of the log needs and serialises cleanly.
    """

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "META") and not hasattr(record, "http"):
            record.http = {
                "method": request.method,
                "path": request.get_full_path(),
                "remote_addr": request.META.get("REMOTE_ADDR", ""),
                "user_agent": request.META.get("HTTP_USER_AGENT", "")[:200],
            }
        return True


class JsonFormatter(logging.Formatter):
    """Formats each record as a single-line JSON object, keeping any `extra=` fields."""

    def format(self, record):
        payload = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                payload[key] = (
                    value if isinstance(value, (str, int, float, bool, dict)) else str(value)
                )
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False, default=str)


def logging_config(log_format="text", level="INFO"):
    """The LOGGING setting: everything to stderr in the chosen format."""
    formatter = "json" if log_format == "json" else "text"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "text": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s %(message)s"},
            "json": {"()": "thrillwiki.logging.JsonFormatter"},
        },
        "filters": {"request_context": {"()": "thrillwiki.logging.RequestContextFilter"}},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": formatter,
                "filters": ["request_context"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django": {"handlers": ["console"], "level": level, "propagate": False},
            "django.db.backends": {"level": "INFO"},
            "django_tasks": {"level": "WARNING"},
            "thrillwiki": {"handlers": ["console"], "level": level, "propagate": False},
        },
    }
