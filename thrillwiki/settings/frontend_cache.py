"""WAGTAILFRONTENDCACHE from the environment. Settings import this module: no Django models.

Any combination of backends may be configured; none means purging is a no-op.
- FRONTEND_CACHE_HTTP_URLS: comma-separated purge endpoints (Varnish, nginx, Fastly-style
  caches that accept an HTTP PURGE for each URL).
- FRONTEND_CACHE_CLOUDFLARE_ZONE_ID with FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN.
- FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID (credentials from the usual AWS variables/role).
"""

from thrillwiki.settings.env import env


def frontend_cache_backends():
    backends = {}
    for number, url in enumerate(env("FRONTEND_CACHE_HTTP_URLS", [], list), start=1):
        backends[f"http{number}"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": url,
        }
    zone = env("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID", "")
    if zone:
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": zone,
            "BEARER_TOKEN": env("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN", ""),
        }
    distribution = env("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID", "")
    if distribution:
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": distribution,
        }
    return backends
