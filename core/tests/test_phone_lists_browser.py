"""In Chromium at a phone's 375 × 667 and a desktop's 1280 × 800: every list page opens on its
results, with the filters one tap away behind "Filters"; on a wide screen the filters show."""

import pytest

from parks.factories import ParkPageFactory
from records.tests.factories_data import build_coasters
from rides.factories import CoasterPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 800}

# List page, the first result's selector, and one filter control on it.
LIST_PAGES = [
    ("/parks/", "#park-results .card", "#id_country"),
    ("/search/?q=Cedar", "#search-results .search-result", "#search-sort"),
    ("/map/", ".map-layout", "#id_country"),  # the map is its first result
    ("/records/", "#records-results tbody tr", "#id_continent"),
]


@pytest.fixture
def content(park_index):
    build_coasters(park_index)
    cedar = ParkPageFactory(
        parent=park_index, title="Cedar Point", latitude=41.48, longitude=-82.68
    )
    CoasterPageFactory(parent=cedar, title="Cedar Creek Mine Ride")


def test_a_phone_reader_sees_results_first_and_opens_the_filters(live_server, content, browser):
    page = browser.new_page(viewport=PHONE)
    for path, first_result, control in LIST_PAGES:
        page.goto(live_server.url + path)
        top = page.locator(first_result).first.bounding_box()["y"]
        assert top < PHONE["height"], f"{path}: first result at {top}px"
        assert not page.locator(control).is_visible(), path
        page.locator("summary", has_text="Filters").click()
        assert page.locator(control).is_visible(), path


def test_a_desktop_reader_sees_the_filters_without_a_toggle(live_server, content, browser):
    page = browser.new_page(viewport=DESKTOP)
    for path, _, control in LIST_PAGES:
        page.goto(live_server.url + path)
        assert page.locator(control).is_visible(), path
        assert not page.locator("summary", has_text="Filters").is_visible(), path


def test_the_search_page_has_one_search_box_and_titles_lead(live_server, content, browser):
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{live_server.url}/search/?q=Cedar")
    assert page.locator("input[type=search]").count() == 1
    assert page.locator("input[type=search]").input_value() == "Cedar"

    result = page.locator(".search-result", has_text="Cedar Creek Mine Ride")
    size = "el => parseFloat(getComputedStyle(el).fontSize)"
    title = result.locator(".search-result__title a").evaluate(size)
    park_link = result.locator(".card__meta a", has_text="Cedar Point").evaluate(size)
    assert title > park_link


def test_phone_filters_stay_open_while_the_reader_changes_them(live_server, content, browser):
    page = browser.new_page(viewport=PHONE)
    page.goto(f"{live_server.url}/search/?q=Cedar")
    page.locator("summary", has_text="Filters").click()
    page.select_option("#search-sort", "name")
    page.wait_for_url("**/search/?q=Cedar&sort=name")
    page.locator("summary", has_text="Filters").wait_for()
    assert page.locator("#search-sort").is_visible()
