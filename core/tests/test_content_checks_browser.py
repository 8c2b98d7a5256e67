"""In Chromium, the userbar's checker lists the fields a park page is missing by name."""

import pytest

from parks.factories import ParkPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TIMEOUT_MS = 15_000


def test_the_checker_tells_an_editor_which_fields_to_fill_in(
    park_index, admin_user, client, live_server, browser
):
    from playwright.sync_api import expect

    park = ParkPageFactory(parent=park_index, intro="", listing_summary="", search_description="")
    client.force_login(admin_user)
    context = browser.new_context(base_url=live_server.url)
    context.set_default_timeout(TIMEOUT_MS)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page = context.new_page()
    page.goto(park.url)
    page.click("#wagtail-userbar-trigger")
    page.click("#checker-trigger")
    names = page.locator("[data-content-checker-name]")
    for name in ("Intro is empty", "Meta description is empty", "Listing summary is empty"):
        expect(names.filter(has_text=name)).to_have_count(1, timeout=TIMEOUT_MS)
    expect(page.locator("[data-content-checker-help]").first).to_contain_text("Fill in")
    context.close()
