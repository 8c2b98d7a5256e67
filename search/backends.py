"""Search backend settings, chosen from the environment in one place.

Settings import this module, so it must not import Django models.
"""

from thrillwiki.settings.env import env

DATABASE_BACKEND = {"BACKEND": "wagtail.search.backends.database"}


def elasticsearch_settings(url, index_prefix="thrillwiki_", timeout=None, max_retries=None):
    """Wagtail's Elasticsearch 8 backend, with short timeouts and bounded retries.

    A hanging cluster must never hold a reader's request or an editor's publish for long: a
    request gives up after `timeout` seconds and is not retried on a timeout, so a search
    waits at most about one timeout before search/engine.py serves the database fallback.
    Autocomplete uses the edge n-gram fields of the same index (`_edgengrams`).
    """
    return {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
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
    """WAGTAILSEARCH_BACKENDS: Elasticsearch as default when ELASTICSEARCH_URL is set.

    The database backend is always configured; with Elasticsearch it is kept in step as the
    fallback that serves readers during an outage.
    """
    url = env("ELASTICSEARCH_URL", "")
    if not url:
        return {"default": DATABASE_BACKEND}
    return {
        "default": elasticsearch_settings(url, env("ELASTICSEARCH_INDEX_PREFIX", "thrillwiki_")),
        "fallback": DATABASE_BACKEND,
    }
