"""Search backend settings, chosen from the environment in one place.

Settings import this module, so it must not import Django models.
"""

from django.core.exceptions import ImproperlyConfigured

from thrillwiki.settings.env import env

# On PostgreSQL the text search configuration is named rather than left to the server's
# default_text_search_config: to_tsquery(config, words) can then be computed once per search
# instead of once per matching row (to_tsquery(words) depends on a setting, so PostgreSQL may
# not fold it). English is also what the server default was when the index was built.
DATABASE_BACKEND = {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"}

# SEARCH_ENGINE names the engine behind ELASTICSEARCH_URL. Both speak the same query language
# and Wagtail builds the same index for both; CI runs OpenSearch (docs/search.md says why).
# search/engines.py holds Wagtail's backends with an atomic alias swap.
ENGINE_BACKENDS = {
    "elasticsearch": "search.engines.Elasticsearch8SearchBackend",
    "opensearch": "search.engines.OpenSearch2SearchBackend",
}


def engine_backend(name):
    """The Wagtail backend module for SEARCH_ENGINE, refusing a name it does not know."""
    try:
        return ENGINE_BACKENDS[name]
    except KeyError:
        raise ImproperlyConfigured(
            f"SEARCH_ENGINE must be one of {', '.join(ENGINE_BACKENDS)}, not {name!r}"
        ) from None


def elasticsearch_settings(
    url, index_prefix="thrillwiki_", timeout=None, max_retries=None, engine="elasticsearch"
):
    """Wagtail's Elasticsearch 8 (or OpenSearch 2) backend, with short timeouts and bounded retries.

    A hanging cluster must never hold a reader's request or an editor's publish for long: a
    request gives up after `timeout` seconds and is not retried on a timeout, so a search
    waits at most about one timeout before search/engine.py serves the database fallback.
    Autocomplete uses the edge n-gram fields of the same index (`_edgengrams`).
    """
    return {
        "BACKEND": engine_backend(engine),
        "URLS": [url],
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": env("ELASTICSEARCH_TIMEOUT", 2, float) if timeout is None else timeout,
        "ATOMIC_REBUILD": True,
        "AUTO_UPDATE": True,
        "OPTIONS": {
            "max_retries": (
                env("ELASTICSEARCH_MAX_RETRIES", 1, int) if max_retries is None else max_retries
            ),
            "retry_on_timeout": False,
        },
    }


def search_backends():
    """WAGTAILSEARCH_BACKENDS: the search engine as default when ELASTICSEARCH_URL is set.

    The database backend is always configured; with Elasticsearch it is kept in step as the
    fallback that serves readers during an outage.
    """
    url = env("ELASTICSEARCH_URL", "")
    if not url:
        return {"default": DATABASE_BACKEND}
    return {
        "default": elasticsearch_settings(
            url,
            env("ELASTICSEARCH_INDEX_PREFIX", "thrillwiki_"),
            engine=env("SEARCH_ENGINE", "elasticsearch"),
        ),
        "fallback": DATABASE_BACKEND,
    }
