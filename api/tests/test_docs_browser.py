"""In real Chromium, the API documentation works from our own assets under the site's strict
Content-Security-Policy: it renders every operation and the browser reports no violation."""

import pytest

from thrillwiki.tests.test_csp_browser import ViolationLog

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_api_docs_render_under_the_strict_csp(live_server, browser):
    page = browser.new_page()
    log = ViolationLog(page)
    response = log.visit(f"{live_server.url}/api/v1/docs/")
    policy = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    page.locator(".opblock-summary-path").first.wait_for()
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/v1/rides/{park}/{slug}/" in paths
    assert log.violations() == []
