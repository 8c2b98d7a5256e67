"""Every page names the site's icon (SVG with a PNG fallback) and web manifest, and the manifest's
icons are real files; the home page's title names the site once."""

import json
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def head_links(html):
    """The `rel -> href` of the <link> elements in the page's head."""
    head = html.split("</head>", 1)[0]
    return {
        rel: href
        for rel, href in re.findall(r'<link rel="([^"]+)" href="([^"]+)"', head)
        if rel != "alternate"
    }


def test_pages_link_a_favicon_with_a_png_fallback_and_the_web_manifest(client, park_index):
    for url in ("/", "/parks/", "/search/?q=park"):
        html = client.get(url).content.decode()
        assert re.search(r'<link rel="icon" href="[^"]+\.svg" type="image/svg\+xml">', html), url
        assert re.search(r'<link rel="icon" href="[^"]+\.png" type="image/png"', html), url
        assert head_links(html)["manifest"].endswith(".webmanifest"), url


def test_the_manifest_names_the_site_and_its_icons_exist():
    manifest = json.loads(Path(finders.find("site.webmanifest")).read_text())
    assert manifest["name"] == "ThrillWiki" and manifest["start_url"] == "/"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert finders.find(icon["src"]), icon["src"]


def test_the_home_page_title_names_the_site_once(client, home_page):
    html = client.get("/").content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.count("ThrillWiki") == 1 and "theme parks" in title
