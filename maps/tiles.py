"""Where map tiles come from, for the Content-Security-Policy (settings import this module).

MAP_TILE_URL is a Leaflet URL template such as `https://tile.openstreetmap.org/{z}/{x}/{y}.png`
or `https://{s}.tile.example.org/{z}/{x}/{y}.png`; browsers load the tiles as images, so the
origin must be in img-src or every tile is blocked.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured


def tile_origin(url_template):
    """The CSP source for a tile URL template: its origin, `{s}` subdomains as a wildcard.

    Returns None for an empty or relative template (tiles served by the site itself are
    covered by 'self').
    """
    if not url_template:
        return None
    parts = urlsplit(url_template.replace("{s}.", "__subdomain__."))
    if not parts.scheme or not parts.netloc:
        return None
    host = parts.netloc.replace("__subdomain__.", "*.")
    if "{" in host:
        raise ImproperlyConfigured(
            f"MAP_TILE_URL: only {{s}} may stand in the host name: {url_template!r}"
        )
    return f"{parts.scheme}://{host}"
