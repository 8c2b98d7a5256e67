"""What editors and moderators see in the page editor and on the dashboard (issue 14)."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from companies.factories import ManufacturerFactory
from images.factories import ImageFactory
from moderation.tests.helpers import add_ride, ride_form_data, submit, workflow_action
from rides.factories import RideModelFactory
from rides.models import RideModel, RidePage

pytestmark = pytest.mark.django_db


def add_form(client, park):
    return client.get(reverse("wagtailadmin_pages:add", args=("rides", "ridepage", park.pk)))


def test_the_add_form_never_autosaves_a_page_into_existence(client, editor, park):
    client.force_login(editor)
    html = add_form(client, park).content.decode()
    assert "data-w-autosave-interval-value" not in html
    assert "w-unsaved w-autosave" not in html  # the form's controllers
    # A stale tab's autosave request is refused with a JSON error, and creates nothing.
    url = reverse("wagtailadmin_pages:add", args=("rides", "ridepage", park.pk))
    response = client.post(url, {"title": "Draft"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert response.json()["error_code"] == "autosave_disabled"
    assert not RidePage.objects.exists()


def test_a_saved_page_keeps_autosave(client, editor, park):
    client.force_login(editor)
    ride = add_ride(client, park)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(ride.pk,))).content.decode()
    assert "data-w-autosave-interval-value" in html


def test_submit_for_review_is_the_editors_primary_button(client, editor, park):
    client.force_login(editor)
    html = add_form(client, park).content.decode()
    # The default (primary) button is rendered before the "More actions" menu.
    assert html.index('name="action-submit"') < html.index(">Save draft</em>")
    assert "Submit for review" in html
    assert "Submit to Moderator approval" not in html


def test_moderators_keep_publish_first(client, moderator, park):
    client.force_login(moderator)
    html = add_form(client, park).content.decode()
    assert "Submit for review" in html
    assert html.index(">Save draft</em>") < html.index('name="action-submit"')


def test_the_category_is_on_the_content_tab_and_drives_the_statistics_tab(client, editor, park):
    client.force_login(editor)
    html = add_form(client, park).content.decode()
    content = html[html.index('id="tab-content"') : html.index('id="tab-facts"')]
    assert 'data-shows-tab="statistics"' in content and 'id="id_category"' in content
    assert 'src="/static/js/admin/editor.js"' in html


def test_fields_explain_their_units_and_formats(client, editor, park):
    client.force_login(editor)
    html = add_form(client, park).content.decode()
    for text in (
        "Maximum g-force (g)",
        "up to 1,000 characters",
        "YYYY-MM-DD",
        "2.4:1",
        "The themed area of the park",
    ):
        assert text in html, text


def test_the_ride_model_chooser_offers_the_chosen_manufacturers_models(client, editor):
    rmc, vekoma = ManufacturerFactory(name="RMC"), ManufacturerFactory(name="Vekoma")
    RideModelFactory(manufacturer=rmc, name="I-Box")
    RideModelFactory(manufacturer=vekoma, name="Boomerang")
    client.force_login(editor)
    url = reverse("ride_model_chooser:choose")
    narrowed = client.get(url, {"manufacturer": rmc.pk}).content.decode()
    assert "I-Box" in narrowed and "Boomerang" not in narrowed
    # No manufacturer yet, or a malformed value: every model, never an error.
    for value in ("", "abc"):
        everything = client.get(url, {"manufacturer": value}).content.decode()
        assert "I-Box" in everything and "Boomerang" in everything


def test_an_editor_adds_a_missing_ride_model_from_the_chooser(client, editor):
    vekoma = ManufacturerFactory(name="Vekoma")
    client.force_login(editor)
    url = reverse("ride_model_chooser:create")
    data = {"manufacturer": vekoma.pk, "name": "SLC 689m", "category": "roller_coaster"}
    assert client.post(url, data).status_code == 200
    model = RideModel.objects.get(name="SLC 689m")
    assert model.slug == "vekoma-slc-689m"
    again = client.post(url, data)
    assert again.status_code == 200
    assert "already has a model with this name" in again.content.decode()
    assert RideModel.objects.filter(name="SLC 689m").count() == 1


def test_a_tall_hero_photo_gets_a_crop_warning(client, editor, park):
    client.force_login(editor)
    tall = ImageFactory(file__width=1600, file__height=1000)
    texts = messages_after_adding(client, park, hero_image=tall.pk)
    assert any("1600×1000" in text and "1600×667" in text for text in texts), texts


def test_a_wide_hero_photo_gets_no_warning(client, editor, park):
    client.force_login(editor)
    wide = ImageFactory(file__width=1600, file__height=700)
    assert not any(
        "2.4:1" in text for text in messages_after_adding(client, park, hero_image=wide.pk)
    )


def test_the_dashboard_names_each_reviews_type_and_park(client, editor, moderator, park):
    ride = RidePage.objects.get(pk=add_ride(client_as(client, editor), park).pk)
    submit(ride, editor)
    client.force_login(moderator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in html
    assert f"Ride · {park.title}" in html


def test_approving_and_requesting_changes_are_confirmed(client, editor, moderator, park):
    client.force_login(editor)
    sent_back = add_ride(client, park, title="Goliath", slug="goliath")
    approved = add_ride(client, park)
    for ride in (sent_back, approved):
        submit(ride, editor)
    client.force_login(moderator)
    response = workflow_action(client, sent_back, "reject", comment="Add the length.")
    texts = [str(m) for m in get_messages(response.wsgi_request)]
    assert any(text.startswith("Requested changes to “Goliath”") for text in texts), texts
    response = workflow_action(client, approved, "approve")
    texts = [str(m) for m in get_messages(response.wsgi_request)]
    assert any(f"Approved “Steel Vengeance” (Ride · {park.title})" in t for t in texts), texts


def messages_after_adding(client, park, **fields):
    url = reverse("wagtailadmin_pages:add", args=("rides", "ridepage", park.pk))
    response = client.post(url, ride_form_data(**fields))
    assert response.status_code == 302
    return [str(m) for m in get_messages(response.wsgi_request)]


def client_as(client, user):
    client.force_login(user)
    return client
