"""In real Chromium, the public site and the Wagtail admin work under the Content-Security-Policy:
walking through them raises no CSP violation, neither as a `securitypolicyviolation` event nor
as a console message."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.rich_text import RichText

from images.factories import ImageFactory
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Runs before any page script: records every violation the page reports, including ones in
# frames and ones raised before the test could attach a listener.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
    `at ${event.sourceFile}:${event.lineNumber} (${event.sample})`
  );
}, true);
"""

PASSWORD = "a-long-admin-password-1"  # noqa: S105


@pytest.fixture
def site_content(park_index):
    ImageFactory(title="Station")
    park = ParkPageFactory(parent=park_index, title="Cedar Point", country="US")
    # A body with rich text, so the page editor starts Draftail too.
    park.body = [
        ("heading", "History"),
        ("paragraph", RichText("<p>Opened in <b>1870</b> on a peninsula.</p>")),
    ]
    park.save_revision().publish()
    ParkPageFactory(parent=park_index, title="Europa-Park", country="DE")
    ride = CoasterPageFactory(parent=park, title="Millennium Force")
    get_user_model().objects.create_superuser("admin", "admin@thrillwiki.test", PASSWORD)
    return park, ride


class ViolationLog:
    """Collects CSP violations from the page's events and from Chromium's console."""

    def __init__(self, page):
        self.page = page
        self.console = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._on_console)

    def _on_console(self, message):
        text = message.text
        if "Content Security Policy" in text or "Content-Security-Policy" in text:
            self.console.append(text)

    def violations(self):
        events = self.page.evaluate("window.__cspViolations || []")
        return events + self.console

    def visit(self, url):
        response = self.page.goto(url)
        assert response.status < 400, (url, response.status)
        assert "Content-Security-Policy" in response.headers or (
            "content-security-policy" in response.headers
        ), url
        self.page.wait_for_load_state("networkidle")
        return response


def test_public_pages_and_admin_raise_no_csp_violations(live_server, site_content, browser):
    park, ride = site_content
    page = browser.new_page()
    log = ViolationLog(page)
    seen = {}

    def check(label):
        seen[label] = log.violations()
        log.console.clear()

    log.visit(f"{live_server.url}/")
    check("home")

    log.visit(f"{live_server.url}/parks/")
    page.evaluate("window.__stillTheSamePage = true")
    page.select_option("#id_country", "DE")
    page.wait_for_url("**/parks/?country=DE*")
    page.wait_for_function("document.querySelectorAll('#park-results .card').length === 1")
    assert page.evaluate("window.__stillTheSamePage") is True  # htmx swapped it in place
    check("parks htmx filter")

    log.visit(f"{live_server.url}{park.url}")
    check("park page")
    log.visit(f"{live_server.url}{ride.url}")
    check("ride page")
    log.visit(f"{live_server.url}/search/?q=Cedar")
    assert page.locator("text=Cedar Point").count() >= 1
    check("search")

    log.visit(f"{live_server.url}/admin/login/")
    check("admin login")
    page.fill("#id_username", "admin")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    page.wait_for_load_state("networkidle")
    assert page.locator("text=Dashboard").count() + page.locator("h1").count() >= 1
    check("admin dashboard")

    log.visit(f"{live_server.url}/admin/pages/{park.pk}/edit/")
    page.locator("#id_title").wait_for()
    page.locator(".Draftail-Editor").first.wait_for(state="attached")
    check("page edit")

    page.click("#tab-label-media")
    page.click("#id_hero_image-chooser .unchosen [data-chooser-action-choose]")
    page.locator(".modal-content").get_by_text("Station").first.wait_for()
    page.wait_for_load_state("networkidle")
    check("image chooser")

    # Logged in, public pages also carry the Wagtail user bar.
    log.visit(f"{live_server.url}{park.url}")
    page.locator("wagtail-userbar").wait_for(state="attached")
    check("park page with user bar")

    problems = {label: found for label, found in seen.items() if found}
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
    assert len(seen) == 10
