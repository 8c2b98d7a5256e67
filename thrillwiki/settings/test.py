"""pytest settings: the embedded stack unless DATABASE_URL / REDIS_URL point at real services."""

from search.backends import DATABASE_BACKEND

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Serve static files from the app folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Tests index into the database backend; the `elasticsearch` suite points a test at the real
# engine (ELASTICSEARCH_URL) with its own index prefix through a fixture, so no other test
# writes to the engine or depends on what an earlier test left in it.
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_BACKEND}
