"""In real Chromium, axe-core (vendored from npm) finds no accessibility violation on any public
page type, on a desktop screen and on a 375 px phone."""

import pytest

from thrillwiki.tests.audit_site import AXE_JS, audit_pages, build_audit_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.audits,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}

# axe's default rule set (WCAG 2 A/AA and best practices) plus the WCAG 2.2 touch target size,
# which Lighthouse checks too; only violations are returned.
RUN_AXE = """() => axe.run(document, {
  resultTypes: ["violations"],
  rules: {"target-size": {enabled: true}},
}).then((result) => result.violations)"""


def describe(page_name, violation):
    """One readable line per violation: rule, impact, advice and the first offending nodes."""
    nodes = "; ".join(
        f"{' '.join(node['target'])} {node['html'][:100]}" for node in violation["nodes"][:3]
    )
    more = len(violation["nodes"]) - 3
    return (
        f"{page_name}: {violation['id']} ({violation['impact']}) {violation['help']}"
        f" -> {nodes}{f' (+{more} more)' if more > 0 else ''}"
    )


def axe_violations(browser, base_url, pages, screen):
    """axe's violations on each page at one screen size, as readable lines."""
    # The pages' CSP forbids inline scripts, and Playwright adds the file's source inline, so
    # this one context lets the test inject axe; the CSP browser test checks the policy itself.
    context = browser.new_context(viewport=SCREENS[screen], bypass_csp=True)
    page = context.new_page()
    problems = []
    for name, url in pages:
        response = page.goto(f"{base_url}{url}", wait_until="load")
        assert response.status == (404 if name == "not found" else 200), (name, url)
        if name == "API docs":  # Swagger UI draws the page after load, from openapi.json
            page.locator(".opblock-summary-path").first.wait_for()
        if name == "map":  # the markers arrive after load; audit them at rest, not mid-zoom
            page.locator(".leaflet-marker-icon").first.wait_for()
            page.wait_for_function(
                "!document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')"
            )
        page.add_script_tag(path=str(AXE_JS))
        problems += [describe(f"{name} at {screen}", v) for v in page.evaluate(RUN_AXE)]
    context.close()
    return problems


def test_axe_finds_no_violation_on_any_public_page_type(live_server, park_index, browser):
    pages = audit_pages(build_audit_site(park_index))
    assert len(pages) >= 20
    problems = [
        line
        for screen in SCREENS
        for line in axe_violations(browser, live_server.url, pages, screen)
    ]
    assert problems == [], f"{len(problems)} axe-core violations:\n" + "\n".join(problems)
