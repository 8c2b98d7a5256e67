"""Settings come from the environment; production refuses to start half-configured."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from search.backends import DATABASE_BACKEND, search_backends
from thrillwiki.settings.env import env
from thrillwiki.testing import run_project


def start_production(**overrides):
    return run_project(
        "-c",
        "import django; django.setup(); print('started')",
        drop=("SECRET_KEY", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"),
        DJANGO_SETTINGS_MODULE="thrillwiki.settings.production",
        **overrides,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = start_production(DATABASE_URL="postgres://u@localhost/db")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_a_database():
    result = start_production(SECRET_KEY="s" * 50)
    assert result.returncode != 0
    assert "DATABASE_URL must be set" in result.stderr


def test_production_starts_when_both_are_set():
    result = start_production(SECRET_KEY="s" * 50, DATABASE_URL="postgres://u@localhost/db")
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


@pytest.mark.parametrize(
    ("raw", "cast", "expected"),
    [
        ("true", bool, True),
        ("0", bool, False),
        ("a.example, b.example,", list, ["a.example", "b.example"]),
        ("42", int, 42),
    ],
)
def test_env_parses_values(monkeypatch, raw, cast, expected):
    monkeypatch.setenv("THRILLWIKI_TEST_VALUE", raw)
    assert env("THRILLWIKI_TEST_VALUE", cast=cast) == expected


def test_env_names_the_variable_it_cannot_parse(monkeypatch):
    monkeypatch.setenv("WEB_WORKERS", "many")
    with pytest.raises(ImproperlyConfigured, match="WEB_WORKERS"):
        env("WEB_WORKERS", cast=int)


def test_search_uses_the_database_without_elasticsearch(monkeypatch):
    monkeypatch.delenv("ELASTICSEARCH_URL", raising=False)
    assert search_backends() == {"default": DATABASE_BACKEND}
    assert DATABASE_BACKEND["BACKEND"] == "wagtail.search.backends.database"


def test_search_uses_elasticsearch_with_a_database_fallback(monkeypatch):
    monkeypatch.delenv("SEARCH_ENGINE", raising=False)
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://es.internal:9200")
    monkeypatch.setenv("ELASTICSEARCH_INDEX_PREFIX", "tw_prod_")
    backends = search_backends()
    assert backends["default"]["BACKEND"] == "search.engines.Elasticsearch8SearchBackend"
    assert backends["default"]["URLS"] == ["http://es.internal:9200"]
    assert backends["default"]["INDEX_PREFIX"] == "tw_prod_"
    assert backends["fallback"]["BACKEND"] == "wagtail.search.backends.database"


def test_search_engine_opensearch_selects_the_opensearch_backend(monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://127.0.0.1:9200")
    monkeypatch.setenv("SEARCH_ENGINE", "opensearch")
    assert search_backends()["default"]["BACKEND"] == "search.engines.OpenSearch2SearchBackend"


def test_an_unknown_search_engine_is_refused_by_name(monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://127.0.0.1:9200")
    monkeypatch.setenv("SEARCH_ENGINE", "solr")
    with pytest.raises(ImproperlyConfigured, match="SEARCH_ENGINE"):
        search_backends()


def test_empty_variables_count_as_unset(monkeypatch):
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", "")
    assert env("AWS_S3_ENDPOINT_URL", None) is None


def test_deploy_check_is_clean_with_a_realistic_environment():
    result = run_project(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        drop=("DJANGO_SETTINGS",),
        DJANGO_SETTINGS_MODULE="thrillwiki.settings.production",
        SECRET_KEY="k9$Lx2!vQ7#pR4@wZ8^mN1&bT6*yH3(eJ5)uF0-cG2_aD7+sK4=",
        DATABASE_URL="postgres://thrillwiki@127.0.0.1:5432/thrillwiki",
        ALLOWED_HOSTS="thrillwiki.example",
        CSRF_TRUSTED_ORIGINS="https://thrillwiki.example",
        WAGTAILADMIN_BASE_URL="https://thrillwiki.example",
        # Hardening, media and proxies as a real deployment sets them.
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto: https",
        TRUSTED_PROXIES="127.0.0.1,10.0.0.0/8",
        AXES_FAILURE_LIMIT="5",
        AXES_COOLOFF_MINUTES="15",
        CSP_REPORT_URI="https://thrillwiki.example/csp-report",
        AWS_STORAGE_BUCKET_NAME="thrillwiki-media",
        AWS_S3_REGION_NAME="eu-west-1",
        AWS_S3_CUSTOM_DOMAIN="cdn.thrillwiki.example",
        REDIS_URL="redis://redis.internal:6379/0",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
    # Only X-Frame-Options SAMEORIGIN (security.W019) is silenced, on purpose (see production.py).
    assert "(1 silenced)" in result.stdout
