"""An editor adds a complete roller coaster in Chromium (content, facts, statistics, companies,
a photo, submit) in at most 25 interactions, and a form abandoned half-way leaves no draft."""

import re

import pytest
from django.db import connections

from companies.factories import ManufacturerFactory
from moderation.roles import EDITORS
from parks.factories import ParkAreaFactory, ParkPageFactory
from rides.factories import RideModelFactory
from rides.models import RidePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "correct horse battery"
TIMEOUT_MS = 15_000
MAX_INTERACTIONS = 25


class CountingPage:
    """The editor's tab, counting every interaction: each address typed, click, field filled,
    option picked and file chosen counts as one."""

    def __init__(self, page):
        self.page = page
        self.count = 0

    def _one(self):
        self.count += 1

    def goto(self, url):
        self._one()
        return self.page.goto(url)

    def click(self, locator):
        self._one()
        locator.click()

    def fill(self, selector, value):
        self._one()
        self.page.fill(selector, value)

    def select(self, selector, **option):
        self._one()
        self.page.select_option(selector, **option)

    def upload(self, selector, path):
        self._one()
        self.page.set_input_files(selector, path)

    def tab(self, label):
        self.click(self.page.get_by_role("tab", name=label))


@pytest.fixture
def coaster_park(park_index, make_user):
    """A park with an area, two manufacturers with their models, and an editor."""
    park = ParkPageFactory(parent=park_index, title="Cedar Point", slug="cedar-point")
    ParkAreaFactory(park=park, name="Frontier Town")
    rmc = ManufacturerFactory(name="Rocky Mountain Construction", slug="rmc")
    vekoma = ManufacturerFactory(name="Vekoma", slug="vekoma")
    RideModelFactory(manufacturer=rmc, name="I-Box", slug="rmc-i-box")
    RideModelFactory(manufacturer=vekoma, name="Boomerang", slug="vekoma-boomerang")
    make_user("edna", EDITORS)
    return park


def test_an_editor_adds_a_complete_coaster_in_25_interactions_and_abandoned_forms_leave_no_draft(
    coaster_park, photo, live_server, browser, failure_artifacts
):
    try:
        context = browser.new_context(base_url=live_server.url)
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        failure_artifacts("editor", page)
        editor = CountingPage(page)
        add_url = f"/admin/pages/add/rides/ridepage/{coaster_park.pk}/"
        log_in(editor, add_url)
        abandon_a_valid_form(page, coaster_park, add_url)
        add_complete_coaster(editor, photo)
        assert editor.count <= MAX_INTERACTIONS, f"{editor.count} interactions"
        check_the_submitted_ride(coaster_park)
        see_it_waiting_on_the_dashboard(page)
        # No request of this tab may still run on the live server when the test's data goes.
        page.wait_for_load_state("networkidle")
        context.close()
    finally:
        # The ORM ran while Playwright's event loop did; close its connection here.
        connections.close_all()


def log_in(editor, next_url):
    """Four interactions: open the link, type the name and password, press the button."""
    editor.goto(f"/admin/login/?next={next_url}")
    editor.fill("#id_username", "edna")
    editor.fill("#id_password", PASSWORD)
    editor.click(editor.page.locator("button[type=submit]"))
    editor.page.wait_for_url(re.compile(r"/admin/pages/add/"))


def abandon_a_valid_form(page, park, add_url):
    """A valid form the editor walks away from is never autosaved into a draft."""
    form = page.locator("form[data-edit-form]")
    assert "w-autosave" not in (form.get_attribute("data-controller") or "")
    statistics_tab = page.get_by_role("tab", name="Statistics")
    page.fill("#id_title", "Abandoned Coaster")
    page.select_option("#id_category", "flat_ride")
    assert statistics_tab.is_hidden()  # at once, without a reload
    page.select_option("#id_category", "roller_coaster")
    assert statistics_tab.is_visible()
    page.fill("#id_intro", "Never saved.")
    page.get_by_role("tab", name="Facts").click()
    page.wait_for_load_state("networkidle")
    assert not RidePage.objects.child_of(park).exists()
    page.goto(add_url)  # the editor starts again from an empty form


def add_complete_coaster(editor, photo):
    page = editor.page
    # Content, with the category that brings the Statistics tab.
    editor.fill("#id_title", "Steel Vengeance")
    editor.select("#id_category", value="roller_coaster")
    editor.fill("#id_intro", "A hybrid coaster on the Frontier Trail.")
    # Facts and companies: the ride-model chooser offers only the chosen manufacturer's models.
    editor.tab("Facts")
    editor.select("#id_park_area", label="Frontier Town")
    choose(editor, "#id_manufacturer-chooser", "Rocky Mountain Construction")
    modal = choose(editor, "#id_ride_model-chooser", "I-Box", close=False)
    assert modal.get_by_role("link", name="Boomerang").count() == 0
    editor.click(modal.get_by_role("link", name="I-Box"))
    page.locator("#id_ride_model-chooser:not(.blank)").wait_for()
    # Statistics.
    editor.tab("Statistics")
    editor.fill("#id_height_m", "62.5")
    editor.fill("#id_speed_kmh", "119.1")
    # Photo: upload in the chooser; only the rights metadata is typed.
    editor.tab("Media")
    editor.click(
        page.locator("#id_hero_image-chooser").get_by_role("button", name="Choose an image")
    )
    editor.click(page.get_by_role("tab", name="Upload"))
    upload_photo(editor, photo)
    editor.fill("#id_image-chooser-upload-alt_text", "A red and blue coaster climbing its lift")
    editor.fill("#id_image-chooser-upload-credit", "Edna Editor")
    editor.select("#id_image-chooser-upload-licence", value="own-work")
    editor.click(page.locator("form[data-chooser-modal-creation-form] button[type=submit]"))
    # Without a task worker (tests, `make run`) the upload makes every rendition of the photo
    # before it answers, AVIF included: seconds each on a busy machine, so wait for it.
    page.locator("#id_hero_image-chooser:not(.blank)").wait_for(timeout=120_000)
    # Submit: the primary button for an editor.
    editor.click(page.get_by_role("button", name="Submit for review"))
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))


def upload_photo(editor, photo):
    """Choose the file once the upload form is live, and see its title filled in from the name.

    Wagtail fills the title in from the file name (its `w-sync` controller, 100 ms after the
    file is chosen); a file chosen before the controller connects leaves the title empty, and
    the upload comes back with "This field is required"."""
    from playwright.sync_api import expect

    page = editor.page
    file_input = "#id_image-chooser-upload-file"
    page.locator(f"{file_input}[data-w-sync-disabled-value]").wait_for(state="attached")
    editor.upload(file_input, str(photo))
    expect(page.locator("#id_image-chooser-upload-title")).not_to_have_value("")


def see_it_waiting_on_the_dashboard(page):
    """The editor's dashboard lists the ride as waiting for review."""
    page.goto("/admin/")
    page.get_by_role("link", name="Steel Vengeance").first.wait_for()


def choose(editor, chooser, name, close=True):
    """Open a chooser and, unless close is False, pick `name` in its modal (two clicks)."""
    page = editor.page
    editor.click(page.locator(chooser).locator("button[data-chooser-action-choose]").first)
    modal = page.locator(".modal-dialog:visible")
    modal.get_by_role("link", name=name).wait_for()
    if close:
        editor.click(modal.get_by_role("link", name=name))
        page.locator(f"{chooser}:not(.blank)").wait_for()
    return modal


def check_the_submitted_ride(park):
    ride = RidePage.objects.child_of(park).get().specific
    assert ride.title == "Steel Vengeance" and not ride.live and ride.workflow_in_progress
    latest = ride.get_latest_revision_as_object()
    assert latest.manufacturer.name == "Rocky Mountain Construction"
    assert latest.ride_model.name == "I-Box"
    assert latest.park_area.name == "Frontier Town"
    assert float(latest.height_m) == 62.5
    assert latest.hero_image.credit == "Edna Editor"
    assert latest.hero_image.title  # filled in from the file name, never typed
