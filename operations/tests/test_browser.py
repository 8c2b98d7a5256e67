"""In Chromium: a failed htmx request leaves the page as it was and shows a notice with the
status code from the server's error fragment (static/js/htmx-errors.js)."""

import pytest

from parks.factories import ParkPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_failed_htmx_request_shows_a_notice_and_keeps_the_results(
    live_server, park_index, browser
):
    ParkPageFactory(parent=park_index, title="Cedar Point")
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live_server.url}/parks/")
    assert page.locator("#park-results .card").count() == 1

    page.evaluate(
        "htmx.ajax('GET', '/parks/no-such-park/', {target: '#park-results', swap: 'innerHTML'})"
    )
    notice = page.locator(".notices .notice[role=alert]")
    notice.wait_for()
    assert notice.locator(".notice__message").inner_text() == (
        "Error 404: That page could not be found."
    )
    assert page.locator("#park-results .card").count() == 1  # nothing was swapped in
    assert "could not be found" not in page.locator("#park-results").inner_text()

    notice.locator("button.notice__close").click()
    assert page.locator(".notices .notice").count() == 0
    assert errors == []
    page.close()
