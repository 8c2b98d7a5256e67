"""The editor's content checks name the intro, meta description and listing summary a park or
ride page is missing (core.content_checks), in the Checks panel and the userbar's checker."""

import json
import re

import pytest
from django.urls import reverse

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory

OURS = {
    "thrillwiki-empty-intro",
    "thrillwiki-empty-meta-description",
    "thrillwiki-empty-listing-summary",
}


def axe_configuration(html):
    """The checker's axe configuration, as Wagtail embeds it for its script."""
    found = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    assert found, "the page has no content checker configuration"
    return json.loads(found.group(1))


def flagged(config):
    """The ids of our rules the checker will run, each with its message."""
    rules = {rule["id"] for rule in config["spec"]["rules"]} & OURS
    assert rules <= set(config["options"]["runOnly"])
    assert rules <= set(config["messages"])
    return rules


@pytest.mark.django_db
def test_the_checks_panel_names_each_missing_field(admin_client, park_index):
    park = ParkPageFactory(parent=park_index, intro="", listing_summary="", search_description="")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[park.pk]))
    config = axe_configuration(response.content.decode())
    assert flagged(config) == OURS
    assert config["messages"]["thrillwiki-empty-listing-summary"] == {
        "error_name": "Listing summary is empty",
        "help_text": "Fill in Listing summary on the SEO tab: cards and search results show it.",
    }
    assert "Fill in Intro" in config["messages"]["thrillwiki-empty-intro"]["help_text"]
    # The rules' check always fails: axe's has-descendant looks for an element never rendered.
    check = next(c for c in config["spec"]["checks"] if c["id"] == "thrillwiki-field-filled-in")
    assert check["evaluate"] == "has-descendant-evaluate"
    # Wagtail's own rules are still there.
    assert "empty-meta-description" in config["options"]["runOnly"]


@pytest.mark.django_db
def test_an_intro_is_also_the_meta_description_so_only_the_summary_is_flagged(
    admin_client, park_index
):
    ride = CoasterPageFactory(
        parent=ParkPageFactory(parent=park_index), intro="A wooden coaster.", listing_summary=""
    )
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[ride.pk]))
    assert flagged(axe_configuration(response.content.decode())) == {
        "thrillwiki-empty-listing-summary"
    }


@pytest.mark.django_db
def test_a_complete_page_gets_no_extra_rules_in_the_userbar(admin_client, park_index):
    park = ParkPageFactory(
        parent=park_index, intro="A park on a peninsula.", listing_summary="Roller coasters."
    )
    response = admin_client.get(park.url)
    config = axe_configuration(response.content.decode())
    assert flagged(config) == set()
    assert "thrillwiki-field-filled-in" not in {c["id"] for c in config["spec"]["checks"]}


@pytest.mark.django_db
def test_the_userbar_on_a_live_page_flags_a_missing_summary(admin_client, park_index):
    park = ParkPageFactory(parent=park_index, listing_summary="")
    response = admin_client.get(park.url)
    assert flagged(axe_configuration(response.content.decode())) == {
        "thrillwiki-empty-listing-summary"
    }
