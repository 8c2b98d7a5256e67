"""WSGI entry point. gunicorn loads this with production settings (see gunicorn.conf.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thrillwiki.settings.production")

application = get_wsgi_application()
