"""In Chromium: the records and census pages filter in place with htmx and raise no CSP
violation (the charts are SVG styled from the stylesheet, never inline)."""

import pytest

from records.tests.factories_data import build_coasters
from thrillwiki.tests.test_csp_browser import ViolationLog

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_records_and_census_filter_in_place_without_csp_violations(
    live_server, park_index, browser
):
    build_coasters(park_index)
    page = browser.new_page()
    log = ViolationLog(page)

    log.visit(f"{live_server.url}/records/")
    page.evaluate("window.__stillTheSamePage = true")
    page.select_option("#id_continent", "europe")
    page.wait_for_url("**/records/?*continent=europe*")
    page.wait_for_function(
        "document.querySelectorAll('#records-results table')[0].tBodies[0].rows.length === 1"
    )
    assert page.evaluate("window.__stillTheSamePage") is True

    log.visit(f"{live_server.url}/stats/")
    assert page.locator("svg.chart[role=img]").count() == 10
    page.select_option("#id_category", "flat_ride")
    page.wait_for_url("**/stats/?*category=flat_ride*")

    log.visit(f"{live_server.url}/new/2000/")
    log.visit(f"{live_server.url}/pipeline/")
    assert log.violations() == []
