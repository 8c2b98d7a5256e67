"""Workflow notifications go through the deployment's email backend: the console in dev,
SMTP (configured from the environment) in production."""

import json

from thrillwiki.testing import run_project

SHOW = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "print(json.dumps([s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS]))"
)


def email_settings(module, **env):
    result = run_project(
        "-c",
        SHOW,
        drop=("EMAIL_", "DJANGO_SETTINGS_MODULE", "SECRET_KEY"),
        DJANGO_SETTINGS_MODULE=module,
        timeout=60,
        **env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_dev_prints_emails_to_the_console():
    backend, *_ = email_settings("thrillwiki.settings.dev")
    assert backend == "django.core.mail.backends.console.EmailBackend"


def test_production_sends_through_the_configured_smtp_server():
    assert email_settings(
        "thrillwiki.settings.production",
        SECRET_KEY="s" * 50,
        DATABASE_URL="postgres://u@localhost/db",
        EMAIL_HOST="smtp.thrillwiki.test",
        EMAIL_PORT="2525",
        EMAIL_USE_TLS="true",
    ) == ["django.core.mail.backends.smtp.EmailBackend", "smtp.thrillwiki.test", 2525, True]
