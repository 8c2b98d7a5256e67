"""Map tiles: MAP_TILE_URL's origin joins the CSP img-src by itself, in a fresh process."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from thrillwiki.security import tile_origin
from thrillwiki.testing import run_project

PRINT_IMG_SRC = (
    "-c",
    "import django; django.setup(); from django.conf import settings; "
    "print(' '.join(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']))",
)


def test_the_origin_of_a_tile_template_is_its_scheme_and_host():
    assert tile_origin("https://tile.openstreetmap.org/{z}/{x}/{y}.png") == (
        "https://tile.openstreetmap.org"
    )
    assert tile_origin("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png?key=k") == (
        "https://tiles.example.org:8443"
    )


def test_subdomain_placeholders_become_a_wildcard():
    assert tile_origin("https://{s}.tile.example.org/{z}/{x}/{y}.png") == (
        "https://*.tile.example.org"
    )


def test_tiles_served_by_the_site_itself_need_no_extra_source():
    assert tile_origin("/tiles/{z}/{x}/{y}.png") is None
    assert tile_origin("") is None


def test_a_placeholder_elsewhere_in_the_host_is_refused():
    with pytest.raises(ImproperlyConfigured, match="MAP_TILE_URL"):
        tile_origin("https://tiles-{r}.example.org/{z}/{x}/{y}.png")


def test_the_default_tiles_are_allowed_by_the_public_csp(settings):
    assert (
        "https://tile.openstreetmap.org"
        in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]
    )


def test_a_configured_tile_server_replaces_openstreetmap_in_the_csp():
    result = run_project(
        *PRINT_IMG_SRC,
        DJANGO_SETTINGS_MODULE="thrillwiki.settings.test",
        MAP_TILE_URL="https://{s}.tiles.example.net/{z}/{x}/{y}.png",
    )
    assert result.returncode == 0, result.stderr
    sources = result.stdout.split()
    assert "https://*.tiles.example.net" in sources
    assert "https://tile.openstreetmap.org" not in sources


def test_the_csp_header_of_the_map_page_allows_the_tiles(client, db):
    response = client.get("/map/")
    assert "https://tile.openstreetmap.org" in response["Content-Security-Policy"]
