"""In a real browser (Debian's Chromium via Playwright): the park list filters in place with
htmx, and the same form works as a plain GET form with JavaScript switched off."""

import pytest

from parks.factories import ParkPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def parks(park_index):
    ParkPageFactory(parent=park_index, title="Cedar Point", country="US")
    ParkPageFactory(parent=park_index, title="Europa-Park", country="DE")
    ParkPageFactory(parent=park_index, title="Efteling", country="NL")


def test_filter_updates_results_in_place(live_server, parks, browser):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live_server.url}/parks/")
    assert page.locator("#park-results .card").count() == 3
    page.evaluate("window.__stillTheSamePage = true")

    page.select_option("#id_country", "DE")
    page.wait_for_url("**/parks/?country=DE*")
    page.locator("#park-results .card").first.wait_for()
    page.wait_for_function("document.querySelectorAll('#park-results .card').length === 1")

    assert page.locator("#park-results .card__title").inner_text() == "Europa-Park"
    assert page.evaluate("window.__stillTheSamePage") is True  # no full page load
    assert errors == []


def test_filter_form_works_without_javascript(live_server, parks, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/parks/")
    page.select_option("#id_country", "NL")
    page.click("text=Apply filters")
    page.wait_for_url("**/parks/?*country=NL*")
    assert page.locator("#park-results .card__title").all_inner_texts() == ["Efteling"]
    context.close()
