"""Companies are managed in wagtail-modeladmin and picked through choosers."""

import pytest
from django.urls import reverse

from companies.factories import CompanyFactory, ManufacturerFactory, OperatorFactory
from companies.models import Company

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(
        django_user_model.objects.create_superuser("admin", "a@example.com", "x" * 12)
    )
    return client


def test_company_list_filters_by_role_and_searches(admin_client):
    OperatorFactory(name="Cedar Fair")
    ManufacturerFactory(name="Intamin")
    response = admin_client.get("/admin/companies/company/?is_manufacturer__exact=1")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Intamin" in html and "Cedar Fair" not in html
    html = admin_client.get("/admin/companies/company/?q=cedar").content.decode()
    assert "Cedar Fair" in html and "Intamin" not in html


def test_company_inspect_view(admin_client):
    company = ManufacturerFactory(name="Vekoma", founded_year=1926)
    response = admin_client.get(f"/admin/companies/company/inspect/{company.pk}/")
    assert response.status_code == 200
    assert "1926" in response.content.decode()


def test_company_without_a_role_is_a_field_error(admin_client):
    response = admin_client.post(
        "/admin/companies/company/create/", {"name": "Nobody Inc", "slug": "nobody-inc"}
    )
    assert response.status_code == 200
    assert "Choose at least one role" in response.content.decode()
    assert not Company.objects.filter(slug="nobody-inc").exists()


def test_role_choosers_offer_only_companies_with_that_role(admin_client):
    OperatorFactory(name="Cedar Fair")
    ManufacturerFactory(name="Intamin")
    html = admin_client.get(reverse("manufacturer_chooser:choose")).content.decode()
    assert "Intamin" in html and "Cedar Fair" not in html
    html = admin_client.get(reverse("operator_chooser:choose")).content.decode()
    assert "Cedar Fair" in html and "Intamin" not in html
    html = admin_client.get(reverse("company_chooser:choose")).content.decode()
    assert "Cedar Fair" in html and "Intamin" in html


def test_chooser_search(admin_client):
    ManufacturerFactory(name="Intamin")
    ManufacturerFactory(name="Vekoma")
    html = admin_client.get(
        reverse("manufacturer_chooser:choose_results"), {"q": "veko"}
    ).content.decode()
    assert "Vekoma" in html and "Intamin" not in html


def test_park_editor_uses_the_operator_chooser(admin_client, park_index):
    html = admin_client.get(
        reverse("wagtailadmin_pages:add", args=("parks", "parkpage", park_index.pk))
    ).content.decode()
    assert reverse("operator_chooser:choose") in html
    assert reverse("property_owner_chooser:choose") in html
    for tab in ("Content", "Facts", "Media", "SEO"):
        assert f">{tab}<" in html or f"{tab}\n" in html


def test_company_slug_must_be_unique(admin_client):
    CompanyFactory(name="Mack Rides", slug="mack-rides", is_manufacturer=True)
    response = admin_client.post(
        "/admin/companies/company/create/",
        {"name": "Mack Rides GmbH", "slug": "mack-rides", "is_manufacturer": "on"},
    )
    assert response.status_code == 200
    assert Company.objects.filter(slug="mack-rides").count() == 1
