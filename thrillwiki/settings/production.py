"""Production: refuses to start without a secret key and a database, and hardens HTTP."""

from thrillwiki.security import content_security_policy, proxy_ssl_header

from .base import *  # noqa: F403
from .base import _csp_sources, _csp_upgrade
from .env import env, require

require("SECRET_KEY", SECRET_KEY)  # noqa: F405
require("DATABASE_URL", DATABASE_URL)  # noqa: F405

# A reverse proxy terminates TLS and tells Django through a header (X-Forwarded-Proto by
# default; see thrillwiki.security.proxy_ssl_header for the accepted values).
SECURE_PROXY_SSL_HEADER = proxy_ssl_header(env("SECURE_PROXY_SSL_HEADER", "true"))
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

# Production serves everything over HTTPS: the CSP also upgrades any stray http:// subresource.
CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY = content_security_policy(
    **_csp_sources, upgrade_insecure_requests=_csp_upgrade is not False
)
