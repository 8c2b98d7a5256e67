"""Documents are checked like photos on upload and stay private until a live, public page
links them (editors and moderators can always open them in the admin)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction
from wagtail.rich_text import RichText

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def park_map():
    return get_document_model().objects.create(
        title="Park map", file=ContentFile(PDF, name="park-map.pdf")
    )


def link_from(page, document):
    page.body = [
        ("paragraph", RichText(f'<p><a linktype="document" id="{document.pk}">Map</a></p>'))
    ]
    page.save_revision().publish()


def test_a_new_upload_is_not_public(client, park_map):
    assert client.get(park_map.url).status_code == 404


def test_a_document_linked_from_a_live_public_page_is_served(client, site_content, park_map):
    link_from(site_content["park"], park_map)
    response = client.get(park_map.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_a_link_from_a_restricted_page_does_not_publish_it(client, site_content, park_map):
    link_from(site_content["coaster"], park_map)
    PageViewRestriction.objects.create(
        page=site_content["coaster"], restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(park_map.url).status_code == 404


def test_staff_who_work_with_documents_can_open_it(client, park_map):
    editor = get_user_model().objects.create_superuser("docs-editor", password="a-long-password-1")
    client.force_login(editor)
    assert client.get(park_map.url).status_code == 200


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", b"<html><script>alert(1)</script></html>", "is not a PDF document"),
        ("notes.txt", b"<svg onload=alert(1)>", "is not plain UTF-8 text"),
        ("notes.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "is not plain UTF-8 text"),
    ],
)
def test_a_document_that_is_not_what_its_name_says_is_refused(admin_client, name, content, message):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Upload",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert any(message in error for error in errors), errors
    assert get_document_model().objects.count() == 0


def test_a_real_pdf_is_accepted(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Map",
            "file": SimpleUploadedFile("map.pdf", PDF),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    assert get_document_model().objects.get().title == "Map"
