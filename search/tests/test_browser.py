"""In a real browser (Debian's Chromium via Playwright): results update as the reader types,
filters apply in place, the header box suggests pages, and the page works without JS."""

import pytest

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory, RidePageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def content(park_index):
    cedar = ParkPageFactory(parent=park_index, title="Cedar Point")
    CoasterPageFactory(parent=cedar, title="Millennium Force")
    RidePageFactory(parent=cedar, title="Snake River Falls", category="water_ride")
    europa = ParkPageFactory(parent=park_index, title="Europa-Park", country="DE")
    CoasterPageFactory(parent=europa, title="Silver Star")


def result_titles(page):
    return page.locator("#search-results .search-result__title a").all_inner_texts()


def test_results_update_as_the_reader_types_and_filters(live_server, content, browser):  # noqa: F811
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live_server.url}/search/")
    page.evaluate("window.__stillTheSamePage = true")

    page.locator("#search-q").press_sequentially("Cedar", delay=40)
    page.wait_for_url("**/search/?q=Cedar")
    page.wait_for_function(
        "document.querySelectorAll('#search-results .search-result').length === 3"
    )
    assert "Cedar Point" in result_titles(page)

    page.select_option("#search-category", "water_ride")
    page.wait_for_url("**/search/?q=Cedar&category=water_ride")
    page.wait_for_function(
        "document.querySelectorAll('#search-results .search-result').length === 1"
    )
    assert result_titles(page) == ["Snake River Falls"]
    assert page.evaluate("window.__stillTheSamePage") is True  # no full page load
    assert errors == []


def test_header_box_suggests_pages(live_server, content, browser):  # noqa: F811
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live_server.url}/parks/")
    page.locator("#site-search-q").press_sequentially("Mill", delay=40)
    suggestion = page.locator("#site-search-suggestions a", has_text="Millennium Force")
    suggestion.wait_for()
    page.locator("#site-search-q").press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent").startswith("Millennium Force")
    page.keyboard.press("Escape")
    assert page.locator("#site-search-suggestions a").count() == 0
    assert errors == []


def test_search_works_without_javascript(live_server, content, browser):  # noqa: F811
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/search/?q=Silver")
    assert result_titles(page) == ["Silver Star"]
    page.select_option("#search-type", "ride")
    page.click("text=Apply filters")
    page.wait_for_url("**/search/?*type=ride*")
    assert result_titles(page) == ["Silver Star"]
    context.close()
