"""The editorial workflow in a real browser (Debian's Chromium via Playwright) on PostgreSQL:
an editor writes a ride with a photo and statistics, a moderator sends it back with a comment,
the editor fixes it, the moderator approves, and a reader finds it through the search box."""

import re

import pytest
from django.db import connections

from moderation.roles import EDITORS, MODERATORS
from parks.factories import ParkAreaFactory, ParkPageFactory
from rides.models import RidePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct horse battery"
COMMENT = "Please add the track length."
TIMEOUT_MS = 15_000


@pytest.fixture
def demo_park(park_index, make_user):
    """A park like the demo's, plus one editor and one moderator who can log in."""
    park = ParkPageFactory(parent=park_index, title="Cedar Point", slug="cedar-point")
    ParkAreaFactory(park=park, name="Frontier Town")
    make_user("edna", EDITORS)
    make_user("mo", MODERATORS)
    return park


def log_in(browser, base_url, username, name, watch):
    context = browser.new_context(base_url=base_url)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    watch(name, page)
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def visible(locator):
    from playwright.sync_api import expect

    expect(locator).to_be_visible(timeout=TIMEOUT_MS)


def is_workflow_action_post(response):
    return "/admin/pages/workflow/action/" in response.url and response.request.method == "POST"


def open_tab(page, label):
    page.get_by_role("tab", name=label).click()


def submit_for_moderation(page):
    page.get_by_role("button", name=re.compile(r"^(Re)?[Ss]ubmit for review")).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))


def moderate(page, title, action, comment=None):
    """On the moderator's dashboard, use the workflow button next to the page's title."""
    page.goto("/admin/")
    row = page.locator("tr", has_text=title)
    row.get_by_role("button", name="Actions").click()
    if comment is None:
        with page.expect_response(is_workflow_action_post):
            row.get_by_role("button", name=action, exact=True).click()
    else:
        row.get_by_role("button", name=action, exact=True).click()
        page.locator("textarea[name=comment]:visible").fill(comment)
        with page.expect_response(is_workflow_action_post):
            page.locator(".modal button[type=submit]:visible").click()


def test_editor_moderator_reader_journey(demo_park, photo, live_server, browser, failure_artifacts):
    try:
        journey(demo_park, photo, live_server, browser, failure_artifacts)
    finally:
        # The journey reads the database while Playwright's event loop runs; close that
        # connection here, or its idle session outlives the test database.
        connections.close_all()


def journey(demo_park, photo, live_server, browser, failure_artifacts):
    # 1. The editor creates a ride under the park, with a photo and statistics, and submits.
    editor = log_in(browser, live_server.url, "edna", "editor", failure_artifacts)
    editor.goto(f"/admin/pages/add/rides/ridepage/{demo_park.pk}/")
    editor.fill("#id_title", "Steel Vengeance")
    editor.select_option("#id_category", "roller_coaster")
    editor.fill("#id_intro", "A hybrid coaster on the Frontier Trail.")
    open_tab(editor, "Facts")
    editor.select_option("#id_park_area", label="Frontier Town")
    open_tab(editor, "Statistics")
    editor.select_option("#id_track_material", "hybrid")
    editor.fill("#id_height_m", "62.5")
    editor.fill("#id_speed_kmh", "119.1")
    editor.fill("#id_inversions", "4")
    open_tab(editor, "Media")
    editor.locator("#id_hero_image-chooser").get_by_role("button", name="Choose an image").click()
    editor.get_by_role("tab", name="Upload").click()
    editor.set_input_files("#id_image-chooser-upload-file", str(photo))
    editor.fill("#id_image-chooser-upload-title", "Steel Vengeance lift hill")
    editor.fill("#id_image-chooser-upload-alt_text", "A red and blue coaster climbing its lift")
    editor.fill("#id_image-chooser-upload-credit", "Edna Editor")
    editor.select_option("#id_image-chooser-upload-licence", "own-work")
    editor.locator("form[data-chooser-modal-creation-form] button[type=submit]").click()
    editor.locator("#id_hero_image-chooser:not(.blank)").wait_for()
    submit_for_moderation(editor)
    ride = RidePage.objects.get(slug="steel-vengeance")
    assert not ride.live and ride.workflow_in_progress
    assert ride.get_latest_revision_as_object().hero_image.credit == "Edna Editor"

    # 2. The moderator finds it on the dashboard and asks for changes, with a comment.
    moderator = log_in(browser, live_server.url, "mo", "moderator", failure_artifacts)
    visible(moderator.get_by_text("Awaiting your review"))
    moderate(moderator, "Steel Vengeance", "Request changes", comment=COMMENT)
    ride.refresh_from_db()
    assert ride.current_workflow_state.status == "needs_changes"

    # 3. The editor reads the comment in the page's status panel, fixes it and resubmits.
    editor.goto(f"/admin/pages/{ride.pk}/edit/")
    status_toggle = editor.locator("button[data-side-panel-toggle=status]")
    status_toggle.wait_for()
    editor.wait_for_load_state("networkidle")
    if status_toggle.get_attribute("aria-expanded") != "true":
        status_toggle.click()
    status_panel = editor.locator("[data-side-panel=status]")
    visible(status_panel.get_by_text("Changes requested"))
    status_panel.get_by_role("button", name="View details").click()
    visible(editor.get_by_text(COMMENT))
    editor.keyboard.press("Escape")
    editor.locator("#workflow-status-dialog").wait_for(state="hidden")
    open_tab(editor, "Statistics")
    editor.fill("#id_length_m", "1740")
    submit_for_moderation(editor)
    ride.refresh_from_db()
    assert ride.current_workflow_state.status == "in_progress"

    # 4. The moderator approves; the ride is live.
    moderate(moderator, "Steel Vengeance", "Approve")
    ride = RidePage.objects.get(pk=ride.pk)
    assert ride.live and ride.length_m == 1740

    # 5. A reader opens the ride page, then finds it with the header search box.
    reader = browser.new_context(base_url=live_server.url).new_page()
    failure_artifacts("reader", reader)
    reader.set_default_timeout(TIMEOUT_MS)
    reader.goto(ride.url)
    assert reader.locator("h1").inner_text().strip() == "Steel Vengeance"
    assert reader.locator("img[alt='A red and blue coaster climbing its lift']").count() >= 1
    reader.goto("/")
    reader.fill("#site-search-q", "Steel Vengeance")
    reader.press("#site-search-q", "Enter")
    reader.wait_for_url(re.compile(r"/search/\?q=Steel"))
    reader.locator(f"a[href$='{ride.url}']").first.click()
    reader.wait_for_url(re.compile(r"/steel-vengeance/$"))
    assert reader.locator("h1").inner_text().strip() == "Steel Vengeance"
    # Close the admin tabs so no background request (autosave, session pings) outlives the test.
    for tab in (editor, moderator, reader):
        tab.context.close()
