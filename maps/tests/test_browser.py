"""In Chromium, on PostgreSQL: the map loads under the strict CSP without a violation, a filter
changes the markers (and the URL) in place, the server's clusters appear at the world view and
zooming into one loads the view's parks, the list without JavaScript holds the same parks,
and a park page asks for tiles only after "Show map". Tiles come from a local 1x1 PNG (the
network is closed; the test must never fetch real tiles)."""

import base64

import pytest

from maps.tests.conftest import make_park

pytestmark = [
    pytest.mark.browser,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TILE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
TILES = "https://tile.openstreetmap.org/**"
# Runs before any page script: records every CSP violation the page reports.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
}, true);
"""
MARKERS = "[data-parks-map]"
LIST_ITEMS = "#map-results .map-list li"


class MapPage:
    """A Chromium page whose tile requests are answered locally and counted."""

    def __init__(self, context):
        self.tiles = []
        self.console = []
        self.page = context.new_page()
        self.page.add_init_script(RECORD_VIOLATIONS)
        self.page.on("console", self._console)
        self.page.route(TILES, self._tile)

    def _tile(self, route):
        self.tiles.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=TILE_PNG)

    def _console(self, message):
        if "Content Security Policy" in message.text or message.type == "error":
            self.console.append(message.text)

    def violations(self):
        return self.page.evaluate("window.__cspViolations") + self.console

    def marker_count(self, expected, clusters=None):
        """Wait until the map holds `expected` markers (and `clusters` of them clusters)."""
        selector = f'{MARKERS}[data-marker-count="{expected}"]'
        if clusters is not None:
            selector += f'[data-cluster-count="{clusters}"]'
        self.page.locator(selector).wait_for(state="attached")

    def listed(self):
        return self.page.locator(f"{LIST_ITEMS} a").all_inner_texts()


def test_the_map_filters_in_place_under_the_strict_csp(live_server, parks, browser):
    context = browser.new_context()
    map_page = MapPage(context)
    page = map_page.page
    page.goto(f"{live_server.url}/map/")
    map_page.marker_count("4")
    page.locator(".leaflet-marker-icon").first.wait_for()
    assert sorted(map_page.listed()) == ["Cedar Point", "Efteling", "Europa-Park", "Kings Island"]
    page.wait_for_load_state("networkidle")
    assert map_page.tiles, "the map requested no tiles"
    page.evaluate("window.__stillTheSamePage = true")

    page.select_option("#id_country", "US")
    page.wait_for_url("**/map/?country=US")
    map_page.marker_count("2")
    assert sorted(map_page.listed()) == ["Cedar Point", "Kings Island"]

    page.select_option("#id_country", "NL")
    page.wait_for_url("**/map/?country=NL")
    map_page.marker_count("1")
    page.check("#id_has_coasters")
    page.wait_for_url("**/map/?country=NL&has_coasters=on")
    map_page.marker_count("0")
    assert map_page.listed() == []
    assert page.evaluate("window.__stillTheSamePage") is True  # htmx, not a page load

    # Keyboard: a marker is focusable and Enter opens its popup with the park's facts.
    page.goto(f"{live_server.url}/map/?country=US")
    map_page.marker_count("2")
    marker = page.locator('.leaflet-marker-icon[title="Cedar Point"]')
    marker.wait_for()
    marker.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Sandusky, Ohio, United States of America" in popup.inner_text()
    assert "3 rides, 2 roller coasters" in popup.inner_text()
    assert popup.locator("a").get_attribute("href") == "/parks/cedar-point/"
    assert page.get_by_role("button", name="Zoom in").count() == 1
    assert map_page.violations() == []
    context.close()


def test_without_javascript_the_list_holds_the_same_parks(live_server, parks, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/map/")
    page.select_option("#id_country", "US")
    page.click("text=Apply filters")
    page.wait_for_url("**/map/?country=US*")
    assert sorted(page.locator(f"{LIST_ITEMS} a").all_inner_texts()) == [
        "Cedar Point",
        "Kings Island",
    ]
    assert page.locator(MARKERS).is_hidden()
    page.goto(f"{live_server.url}/parks/cedar-point/")
    assert page.locator("[data-show-map]").is_hidden()  # a button that could do nothing
    assert page.get_by_role("link", name="View on map").count() == 1
    context.close()


def test_a_park_page_loads_its_map_only_when_asked(live_server, parks, browser):
    context = browser.new_context()
    map_page = MapPage(context)
    page = map_page.page
    page.goto(f"{live_server.url}/parks/cedar-point/")
    page.wait_for_load_state("networkidle")
    assert "Kings Island" in page.locator(".nearby").inner_text()
    assert "273 km (170 mi)" in page.locator(".nearby").inner_text()
    assert map_page.tiles == []  # no third-party request on page load
    page.get_by_role("button", name="Show map").click()
    page.locator(".park-map .leaflet-container").wait_for()
    page.wait_for_load_state("networkidle")
    assert map_page.tiles
    assert page.locator('.leaflet-marker-icon[title="Cedar Point"]').count() == 1
    assert page.get_by_role("button", name="Show map").count() == 0  # gone once shown
    assert map_page.violations() == []
    context.close()


def test_a_page_of_the_list_swaps_in_place_and_keeps_the_markers(
    live_server, parks, browser, monkeypatch
):
    monkeypatch.setattr("maps.views.LIST_PAGE_SIZE", 2)
    context = browser.new_context()
    map_page = MapPage(context)
    page = map_page.page
    feeds = []
    page.on("request", lambda request: "parks.geojson" in request.url and feeds.append(request))
    page.goto(f"{live_server.url}/map/")
    map_page.marker_count("4")
    assert map_page.listed() == ["Europa-Park", "Efteling"]
    page.evaluate("window.__stillTheSamePage = true")

    page.get_by_role("link", name="Next").click()
    page.wait_for_url("**/map/?page=2")
    page.locator(f"{LIST_ITEMS} a", has_text="Kings Island").wait_for()
    assert map_page.listed() == ["Cedar Point", "Kings Island"]
    assert page.evaluate("window.__stillTheSamePage") is True  # htmx, not a page load
    page.wait_for_load_state("networkidle")
    assert len(feeds) == 1  # the same parks on the map: no second feed, no refitted view
    assert page.locator(f'{MARKERS}[data-marker-count="4"]').count() == 1
    assert map_page.violations() == []
    context.close()


def test_clusters_at_the_world_view_split_into_parks_when_zoomed_into(
    live_server, parks, browser, monkeypatch
):
    # Cluster as soon as a view holds two parks: four parks stand in for thousands.
    monkeypatch.setattr("maps.clusters.SINGLE_PARKS_LIMIT", 1)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    map_page = MapPage(context)
    page = map_page.page
    feeds = []
    page.on("request", lambda request: "parks.geojson" in request.url and feeds.append(request.url))
    page.goto(f"{live_server.url}/map/")
    map_page.marker_count("2", clusters="2")  # Ohio's two parks, and Europe's two
    # What bench/prepass.py measures as "map geojson": the map's first view at 1280x800.
    assert feeds[0].endswith("?bbox=-151.52344,-61.10079,151.52344,75.58494&zoom=2")
    ohio = page.locator('.map-cluster[title="2 parks"]').first
    assert ohio.inner_text() == "2"
    assert "holds 4 parks" in page.locator("[data-map-status]").inner_text()

    # Keyboard: the cluster is focusable, and Enter zooms to its parks and loads that view.
    asked = len(feeds)
    page.locator(".map-cluster").nth(0).focus()
    page.keyboard.press("Enter")
    map_page.marker_count("2", clusters="0")
    assert len(feeds) > asked  # the zoomed view was fetched anew
    assert "zoom=2" not in feeds[-1]
    single = page.locator(".leaflet-marker-icon:not(.map-cluster)")
    assert single.count() == 2
    titles = sorted(single.nth(n).get_attribute("title") for n in range(2))
    assert titles in (["Cedar Point", "Kings Island"], ["Efteling", "Europa-Park"])
    assert map_page.violations() == []
    context.close()


def test_a_phone_whose_first_view_holds_no_park_is_fitted_to_the_parks(
    live_server, park_index, browser
):
    """At zoom 2 a 375-pixel map spans 120 degrees of longitude around Greenwich: with parks
    only in Ohio, the first view is empty, so the map moves to where the parks are."""
    make_park(park_index, "cedar")
    make_park(park_index, "kings")
    context = browser.new_context(viewport={"width": 375, "height": 812})
    map_page = MapPage(context)
    map_page.page.goto(f"{live_server.url}/map/")
    map_page.marker_count("2")
    assert "holds 2 parks" in map_page.page.locator("[data-map-status]").inner_text()
    context.close()
