"""Production: refuses to start without a secret key and a database, and hardens HTTP."""

from .base import *  # noqa: F403
from .env import env, require

SECRET_KEY = require("SECRET_KEY")
require("DATABASE_URL")

# Reverse proxy terminates TLS and sets X-Forwarded-Proto.
if env("SECURE_PROXY_SSL_HEADER", True, bool):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT", True, bool)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS", 31536000, int)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env("SECURE_HSTS_INCLUDE_SUBDOMAINS", True, bool)
SECURE_HSTS_PRELOAD = env("SECURE_HSTS_PRELOAD", True, bool)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# Wagtail's editor previews pages in a same-origin iframe, so X-Frame-Options stays SAMEORIGIN
# (set in base.py) rather than DENY; cross-origin framing is still refused.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
