"""Companies and ride models: editors choose or add them, only moderators change or delete
them, and a new entry reaches the public site only through a page a moderator approved."""

import pytest
from django.urls import reverse

from companies.factories import ManufacturerFactory
from companies.models import Company
from moderation.tests.helpers import add_ride, workflow_action
from rides.factories import RideModelFactory
from rides.models import RideModel

pytestmark = pytest.mark.django_db

NEW_COMPANY = {
    "name": "Rocky Mountain Construction",
    "slug": "rocky-mountain-construction",
    "is_manufacturer": "on",
    "website": "",
    "founded_year": "2001",
    "headquarters_country": "US",
    "description": "Builders of hybrid coasters.",
}


def test_an_editor_adds_a_company_and_a_ride_model(client, editor):
    client.force_login(editor)
    assert client.get("/admin/companies/company/").status_code == 200
    response = client.post("/admin/companies/company/create/", NEW_COMPANY)
    assert response.status_code == 302
    rmc = Company.objects.get(slug="rocky-mountain-construction")
    response = client.post(
        "/admin/rides/ridemodel/create/",
        {
            "manufacturer": rmc.pk,
            "name": "I-Box",
            "slug": "rmc-i-box",
            "category": "roller_coaster",
        },
    )
    assert response.status_code == 302
    assert RideModel.objects.filter(slug="rmc-i-box").exists()
    # ...and can pick companies in the page editor's chooser.
    chooser = client.get(reverse("manufacturer_chooser:choose"))
    assert chooser.status_code == 200 and "Rocky Mountain Construction" in chooser.content.decode()


def test_only_moderators_change_or_delete_reference_data(client, editor, moderator):
    company = ManufacturerFactory(name="Intamin", slug="intamin")
    ride_model = RideModelFactory(manufacturer=company, name="Giga", slug="intamin-giga")
    edit_company = f"/admin/companies/company/edit/{company.pk}/"
    delete_model = f"/admin/rides/ridemodel/delete/{ride_model.pk}/"

    client.force_login(editor)
    client.post(edit_company, {**NEW_COMPANY, "name": "Vandalised", "slug": "intamin"})
    client.post(delete_model)
    assert Company.objects.get(pk=company.pk).name == "Intamin"
    assert RideModel.objects.filter(pk=ride_model.pk).exists()

    client.force_login(moderator)
    response = client.post(edit_company, {**NEW_COMPANY, "name": "Intamin AG", "slug": "intamin"})
    assert response.status_code == 302
    assert Company.objects.get(pk=company.pk).name == "Intamin AG"
    client.post(delete_model)
    assert not RideModel.objects.filter(pk=ride_model.pk).exists()


def test_new_reference_data_is_public_only_once_an_approved_page_uses_it(
    client, editor, moderator, park
):
    rmc = ManufacturerFactory(name="Rocky Mountain Construction", slug="rmc")
    i_box = RideModelFactory(manufacturer=rmc, name="I-Box", slug="rmc-i-box")
    assert client.get("/companies/rmc/").status_code == 404
    assert client.get("/ride-models/rmc-i-box/").status_code == 404

    client.force_login(editor)
    ride = add_ride(
        client, park, action="submit", manufacturer=str(rmc.pk), ride_model=str(i_box.pk)
    )
    client.logout()
    assert client.get("/companies/rmc/").status_code == 404  # still only in a draft

    client.force_login(moderator)
    workflow_action(client, ride, "approve")
    client.logout()
    company_page = client.get("/companies/rmc/")
    assert company_page.status_code == 200
    assert "Steel Vengeance" in company_page.content.decode()
    assert "I-Box" in company_page.content.decode()
    assert client.get("/ride-models/rmc-i-box/").status_code == 200
