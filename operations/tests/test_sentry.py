"""Sentry is optional: initialised only when SENTRY_DSN is set, and then an unhandled error in
a view is reported. The "Sentry server" is pytest-httpserver recording what the SDK sends."""

import gzip
import textwrap

from thrillwiki.testing import run_project

SCRIPT = textwrap.dedent(
    """
    import django, sentry_sdk
    django.setup()
    from django.test import Client, override_settings
    with override_settings(ROOT_URLCONF="operations.tests.urls"):
        response = Client(raise_request_exception=False).get("/broken/")
    print("status", response.status_code, "sentry", sentry_sdk.get_client().is_active())
    sentry_sdk.flush(timeout=10)
    """
)


def run_site(extra_env):
    drop = () if "SENTRY_DSN" in extra_env else ("SENTRY_DSN",)
    result = run_project(
        "-c", SCRIPT, drop=drop, DJANGO_SETTINGS_MODULE="thrillwiki.settings.test", **extra_env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_without_a_dsn_sentry_is_not_initialised():
    assert "status 500 sentry False" in run_site({})


def test_with_a_dsn_unhandled_errors_are_reported(httpserver):
    httpserver.expect_request("/api/1/envelope/", method="POST").respond_with_data("{}")
    dsn = f"http://publickey@127.0.0.1:{httpserver.port}/1"
    assert "status 500 sentry True" in run_site({"SENTRY_DSN": dsn})

    bodies = []
    for request, _ in httpserver.log:
        data = request.get_data()
        if request.headers.get("Content-Encoding") == "gzip":
            data = gzip.decompress(data)
        bodies.append(data.decode("utf-8", "replace"))
    events = [body for body in bodies if '"type":"event"' in body.replace(" ", "")]
    assert events, bodies
    assert "deliberate failure for the error-page tests" in events[0]
    assert "RuntimeError" in events[0]
