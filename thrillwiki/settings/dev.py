"""Local development: the embedded stack (SQLite, local media, database search, memory cache)."""

from .base import *  # noqa: F403
from .env import env

DEBUG = env("DEBUG", True, bool)
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"], list)
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

# Serve static files from the app folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
