"""Hardening: security headers on public and admin responses, login lockout, password rules,
and the proxy settings that production reads from the environment."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.urls import reverse

from thrillwiki.security import (
    client_ip,
    content_security_policy,
    lockout_parameters,
    proxy_ssl_header,
    s3_media_origins,
    trusted_proxies,
)
from thrillwiki.testing import run_project

PASSWORD = "correct-horse-battery-staple"  # noqa: S105


def directives(header):
    """{'script-src': ["'self'"], ...} from a Content-Security-Policy header."""
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@thrillwiki.test", PASSWORD)


# --- Headers --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/parks/", "/search/?q=coaster", "/robots.txt"])
def test_public_responses_carry_the_security_headers(client, home_page, park_index, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "geolocation=()", "microphone=()", "payment=()"):
        assert feature in permissions


def test_the_admin_login_page_carries_the_admin_policy_and_headers(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    # The documented relaxations, and nothing else loosened.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "blob:" in policy["img-src"]
    assert not any(value.startswith("'nonce-") for value in policy["script-src"])
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["object-src"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


def test_logged_in_admin_pages_carry_the_headers(client, editor, park_index):
    client.force_login(editor)
    for path in ("/admin/", f"/admin/pages/{park_index.pk}/edit/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "'unsafe-inline'" in directives(response["Content-Security-Policy"])["script-src"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "geolocation=()" in response["Permissions-Policy"]


def test_media_on_s3_and_a_cdn_is_allowed_as_an_image_source():
    origins = s3_media_origins(
        "tw-media",
        endpoint_url=None,
        region_name="eu-west-1",
        custom_domain="cdn.thrillwiki.example",
    )
    public, admin = content_security_policy(media_urls=["/media/", *origins])
    img_src = public["DIRECTIVES"]["img-src"]
    assert "https://cdn.thrillwiki.example" in img_src
    assert "https://tw-media.s3.eu-west-1.amazonaws.com" in img_src
    assert admin["DIRECTIVES"]["img-src"][: len(img_src)] == img_src
    assert s3_media_origins("") == []


# --- Login lockout --------------------------------------------------------------------------


def failed_login(client, username="editor", **extra):
    return client.post(
        "/admin/login/", {"username": username, "password": "not-the-password"}, **extra
    )


def test_the_admin_login_locks_out_after_the_failure_limit(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _attempt in range(2):
        response = failed_login(client)
        assert response.status_code == 200
        assert "Too many failed login attempts" not in response.content.decode()

    response = failed_login(client)

    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed login attempts" in page
    assert "locked for 15 minutes" in page
    assert 'id="id_username"' in page  # still the Wagtail login page, with its form
    assert "Content-Security-Policy" in response


def test_a_locked_out_account_cannot_log_in_even_with_the_right_password(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 2
    failed_login(client)
    failed_login(client)

    response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD})

    assert response.status_code == 429
    assert "Too many failed login attempts" in response.content.decode()
    assert client.get("/admin/").status_code == 302  # not logged in


def test_the_lockout_is_per_username_and_address(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 2
    failed_login(client)
    assert failed_login(client).status_code == 429

    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.7",
    )

    assert response.status_code == 302  # the same account from elsewhere is not locked out
    assert client.get("/admin/").status_code == 200


def test_the_cool_off_comes_from_the_environment_and_shows_in_the_message(client, editor, settings):
    from datetime import timedelta

    settings.AXES_FAILURE_LIMIT = 1
    settings.AXES_COOLOFF_TIME = timedelta(minutes=45)
    response = failed_login(client)
    assert response.status_code == 429
    assert "locked for 45 minutes" in response.content.decode()

    settings.AXES_COOLOFF_TIME = None  # AXES_COOLOFF_MINUTES=0: until an administrator unlocks
    response = failed_login(client, username="someone-else")
    assert response.status_code == 429
    assert "locked until an administrator unlocks your account" in response.content.decode()


def test_a_successful_login_resets_the_failure_count(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    failed_login(client)
    failed_login(client)
    assert client.post("/admin/login/", {"username": "editor", "password": PASSWORD}).status_code
    client.logout()
    failed_login(client)
    assert failed_login(client).status_code == 200  # two failures since the reset, not four


def test_rotating_x_forwarded_for_does_not_escape_the_lockout(client, editor, settings):
    """A client that reaches the app directly (not through a trusted proxy) cannot pretend to
    be 30 different addresses."""
    settings.AXES_FAILURE_LIMIT = 5
    statuses = [
        failed_login(
            client, REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}"
        ).status_code
        for attempt in range(30)
    ]
    assert statuses[:4] == [200] * 4 and set(statuses[4:]) == {429}
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.7",
        HTTP_X_FORWARDED_FOR="203.0.113.200",
    )
    assert response.status_code == 429


def test_the_django_admin_login_shows_the_same_lockout(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 1
    response = client.post(
        "/django-admin/login/?next=/django-admin/",
        {"username": "editor", "password": "wrong-password-here"},
    )
    assert response.status_code == 429
    assert "Too many failed login attempts" in response.content.decode()


def test_lockout_parameters_parse_combinations():
    assert lockout_parameters(["username+ip_address"]) == [["username", "ip_address"]]
    assert lockout_parameters(["ip_address", "username"]) == ["ip_address", "username"]
    with pytest.raises(ImproperlyConfigured, match="AXES_LOCKOUT_PARAMETERS"):
        lockout_parameters(["username+password"])


def test_a_client_reaching_the_app_directly_cannot_choose_its_address(rf, settings):
    settings.TRUSTED_PROXIES = trusted_proxies(["127.0.0.1", "10.0.0.0/8"])
    request = rf.get(
        "/admin/login/", HTTP_X_FORWARDED_FOR="203.0.113.9", REMOTE_ADDR="198.51.100.7"
    )
    assert client_ip(request) == "198.51.100.7"


def test_behind_trusted_proxies_the_client_is_the_first_untrusted_entry_from_the_right(
    rf, settings
):
    settings.TRUSTED_PROXIES = trusted_proxies(["127.0.0.1", "10.0.0.0/8"])
    request = rf.get(
        "/admin/login/",
        HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.2, 10.0.0.5",
        REMOTE_ADDR="127.0.0.1",
    )
    assert client_ip(request) == "198.51.100.2"  # the spoofed left-most entry is never used
    junk = rf.get("/", HTTP_X_FORWARDED_FOR="not-an-ip", REMOTE_ADDR="127.0.0.1")
    assert client_ip(junk) == "127.0.0.1"
    with pytest.raises(ImproperlyConfigured, match="TRUSTED_PROXIES"):
        trusted_proxies(["10.0.0.0/33"])


# --- Passwords ------------------------------------------------------------------------------


def test_passwords_shorter_than_twelve_characters_are_rejected(editor):
    with pytest.raises(ValidationError) as error:
        validate_password("Kx7#wq9Lp2z", user=editor)  # 11 characters
    assert any(e.code == "password_too_short" for e in error.value.error_list)
    assert "at least 12 characters" in " ".join(error.value.messages)


def test_a_twelve_character_password_passes(editor):
    assert validate_password("Kx7#wq9Lp2zR", user=editor) is None


def test_the_wagtail_user_form_enforces_the_minimum_length(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "newcomer",
            "email": "newcomer@thrillwiki.test",
            "first_name": "New",
            "last_name": "Comer",
            "password1": "Sh0rt#pass",
            "password2": "Sh0rt#pass",
            "is_superuser": "",
        },
    )
    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    assert not get_user_model().objects.filter(username="newcomer").exists()


# --- Production settings from the environment -----------------------------------------------

PRINT_SETTINGS = """
import json, django
django.setup()
from django.conf import settings
from csp.utils import build_policy
print(json.dumps({
    "proxy": settings.SECURE_PROXY_SSL_HEADER,
    "csrf": settings.CSRF_TRUSTED_ORIGINS,
    "csp": build_policy(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]),
    "axes": [settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME.total_seconds()],
}))
"""


def production_settings(**overrides):
    result = run_project(
        "-c",
        PRINT_SETTINGS,
        drop=("DJANGO_SETTINGS", "SECURE_", "CSRF_", "AXES_", "CSP_"),
        DJANGO_SETTINGS_MODULE="thrillwiki.settings.production",
        SECRET_KEY="s" * 50,
        DATABASE_URL="postgres://u@localhost/db",
        timeout=60,
        **overrides,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_reads_the_proxy_header_and_trusted_origins_from_the_environment():
    values = production_settings(
        CSRF_TRUSTED_ORIGINS="https://thrillwiki.example,https://www.thrillwiki.example",
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Ssl: on",
        AXES_FAILURE_LIMIT="8",
        AXES_COOLOFF_MINUTES="30",
    )
    assert values["proxy"] == ["HTTP_X_FORWARDED_SSL", "on"]
    assert values["csrf"] == ["https://thrillwiki.example", "https://www.thrillwiki.example"]
    assert values["axes"] == [8, 1800.0]
    assert "upgrade-insecure-requests" in values["csp"]


def test_production_defaults_to_x_forwarded_proto_and_can_trust_no_proxy():
    assert production_settings()["proxy"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert production_settings(SECURE_PROXY_SSL_HEADER="false")["proxy"] is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", ("HTTP_X_FORWARDED_PROTO", "https")),
        ("true", ("HTTP_X_FORWARDED_PROTO", "https")),
        ("off", None),
        ("X-Forwarded-Proto: https", ("HTTP_X_FORWARDED_PROTO", "https")),
        ("CloudFront-Forwarded-Proto:https", ("HTTP_CLOUDFRONT_FORWARDED_PROTO", "https")),
    ],
)
def test_proxy_ssl_header_values(raw, expected):
    assert proxy_ssl_header(raw) == expected


@pytest.mark.parametrize("raw", ["X-Forwarded-Proto", "maybe", ": https"])
def test_a_malformed_proxy_ssl_header_names_the_variable(raw):
    with pytest.raises(ImproperlyConfigured, match="SECURE_PROXY_SSL_HEADER"):
        proxy_ssl_header(raw)


def test_the_test_client_can_still_log_in_with_a_password(client, editor):
    assert client.login(username="editor", password=PASSWORD) is True
    assert client.get("/admin/").status_code == 200
