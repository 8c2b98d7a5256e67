"""Ride models are managed in wagtail-modeladmin; the ride editor has a statistics tab."""

import pytest
from django.urls import reverse

from parks.factories import ParkPageFactory
from rides.factories import RideModelFactory

pytestmark = pytest.mark.django_db


def test_ride_model_admin_lists_and_inspects(admin_client):
    model = RideModelFactory(name="Boomerang")
    assert "Boomerang" in admin_client.get("/admin/rides/ridemodel/").content.decode()
    assert admin_client.get(f"/admin/rides/ridemodel/inspect/{model.pk}/").status_code == 200


def test_ride_editor_has_statistics_tab(admin_client, park_index):
    park = ParkPageFactory(parent=park_index)
    html = admin_client.get(
        reverse("wagtailadmin_pages:add", args=("rides", "ridepage", park.pk))
    ).content.decode()
    assert reverse("manufacturer_chooser:choose") in html
    assert reverse("designer_chooser:choose") in html
    assert "Statistics" in html and "Roller-coaster statistics" in html
