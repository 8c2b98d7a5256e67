"""A reader's correction in a real browser, all the way to the public page: the reader suggests
a new height with a source, a moderator accepts it, another moderator approves it, and the page
shows the new value with its footnote and credits the reader in its history."""

import re

import pytest
from django.core import mail
from django.db import connections

from moderation.roles import MODERATORS
from moderation.tests.test_browser import TIMEOUT_MS, log_in, moderate
from rides.models import RidePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SOURCE = "https://www.cedarpoint.com/rides/thrill-rides/millennium-force"


def test_reader_suggestion_to_published_fact(
    coaster, make_user, live_server, browser, failure_artifacts, settings
):
    settings.SUGGESTION_MIN_FILL_SECONDS = 0  # the robot reader types faster than a person
    make_user("mo", MODERATORS)
    make_user("max", MODERATORS)
    coaster.save_revision().publish()  # a first published version for the history
    try:
        journey(coaster, live_server, browser, failure_artifacts)
    finally:
        connections.close_all()


def journey(coaster, live_server, browser, watch):
    # 1. A reader without an account suggests the new height, with a source and an address.
    reader = browser.new_context(base_url=live_server.url).new_page()
    reader.set_default_timeout(TIMEOUT_MS)
    watch("reader", reader)
    reader.goto(coaster.url)
    reader.get_by_role("link", name="Suggest a correction").click()
    reader.select_option("#id_fact", "height_m")
    reader.fill("#id_value", "900")
    reader.fill("#id_source_url", SOURCE)
    reader.click("#suggestion button[type=submit]")
    reader.get_by_text("beyond anything ever built").wait_for()  # in place, by htmx
    reader.fill("#id_value", "94.6")
    reader.fill("#id_email", "reader@example.com")
    reader.click("#suggestion button[type=submit]")
    reader.get_by_text("Thank you.").wait_for()

    # 2. A moderator accepts it: a draft in the approval workflow, and the reader is told.
    first = log_in(browser, live_server.url, "mo", "moderator", watch)
    first.goto("/admin/suggestions/")
    first.get_by_role("link", name="Height of Millennium Force").click()
    first.get_by_role("button", name="Accept and submit for approval").click()
    first.wait_for_url(re.compile(r"/admin/suggestions/$"))
    ride = RidePage.objects.get(pk=coaster.pk)
    assert ride.workflow_in_progress and str(ride.height_m) == "94.5"
    to_reader = [m for m in mail.outbox if m.to == ["reader@example.com"]]
    assert len(to_reader) == 1 and "accepted" in to_reader[0].body

    # 3. Another moderator approves it (the first one may not: four eyes).
    second = log_in(browser, live_server.url, "max", "other-moderator", watch)
    moderate(second, "Millennium Force", "Approve")
    ride = RidePage.objects.get(pk=coaster.pk)
    assert str(ride.height_m) == "94.6"

    # 4. The page shows the new value with its footnote, the history credits the reader.
    reader.goto(coaster.url)
    height = reader.locator("tr", has_text="Height")
    assert "94.6 m" in height.inner_text()
    assert height.locator("sup.footnote a").get_attribute("href") == "#source-1"
    assert reader.locator("#source-1 a").get_attribute("href") == SOURCE
    reader.get_by_role("link", name="Page history").click()
    reader.wait_for_url(re.compile(r"/history/$"))
    latest = reader.locator(".history__version").first
    assert "suggested by a reader" in latest.inner_text()
    assert "94.6 m (310 ft)" in latest.inner_text()
    assert "Max Tester" in latest.inner_text()
    for tab in (reader, first, second):
        tab.context.close()
