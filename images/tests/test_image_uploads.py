"""Editors upload photos in the admin: originals go to the private bucket prefix, and every
unsafe or unusable file is refused with its own message, leaving no row and no object."""

import html

import pytest
from django.urls import reverse
from wagtail.models import Collection, UploadedFile

from images.models import CustomImage
from images.tests.images import HTML, SVG, photo_bytes, png_header_only, upload

pytestmark = [pytest.mark.s3, pytest.mark.django_db]

ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"
TRUNCATED = (
    "This image file is incomplete or damaged (it may have been cut off while copying or "
    "uploading). Export it again and upload the new copy."
)


def _post_image(client, file, **overrides):
    data = {
        "title": "Millennium Force lift hill",
        "file": file,
        "alt_text": "A blue lift hill against the sky",
        "credit": "Jane Photographer",
        "licence": "cc-by-4.0",
        "source_url": "",
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
    }
    data.update(overrides)
    return client.post(reverse("wagtailimages:add"), data)


def _file_errors(response):
    assert response.status_code == 200, response.status_code
    return response.context["form"].errors.get("file", [])


def test_an_uploaded_original_is_stored_privately_with_its_metadata(admin_client, s3):
    response = _post_image(admin_client, upload("lift.jpg", photo_bytes()))

    assert response.status_code == 302
    image = CustomImage.objects.get()
    assert (image.width, image.height) == (96, 64)
    assert image.file_size == len(photo_bytes()) and len(image.file_hash) == 40
    key = f"originals/{image.file.name}"
    assert key in s3.keys("originals/")
    acl = s3.client.get_object_acl(Bucket=s3.bucket, Key=key)
    assert not any(g["Grantee"].get("URI") == ALL_USERS for g in acl["Grants"])
    assert "X-Amz-Signature" in image.file.url  # only ever a signed, expiring link
    # The upload queued the rendition task (immediate in tests): renditions are in S3 already.
    assert image.renditions.count() > 0 and s3.keys("renditions/")


def test_alt_text_credit_and_licence_are_required(admin_client, s3):
    response = _post_image(
        admin_client, upload("lift.jpg", photo_bytes()), alt_text="", credit="", licence=""
    )

    errors = response.context["form"].errors
    assert {"alt_text", "credit", "licence"} <= set(errors)
    assert CustomImage.objects.count() == 0
    assert s3.keys() == []


ACCEPTED = "Upload a JPEG, PNG, WebP or AVIF photo."

REJECTIONS = [
    pytest.param(
        "logo.svg",
        SVG,
        "SVG files are not accepted: they can contain scripts. " + ACCEPTED,
        id="svg",
    ),
    pytest.param(
        "photo.jpg",
        HTML,
        "This file contains HTML or SVG markup, not a photo. " + ACCEPTED,
        id="html-disguised-as-jpeg",
    ),
    pytest.param(
        "photo.jpg",
        photo_bytes("PNG"),
        "This file is named .jpg but contains a PNG image. Rename it to .png and upload it again.",
        id="png-named-jpg",
    ),
    pytest.param(
        "photo.webp",
        photo_bytes("JPEG"),
        "This file is named .webp but contains a JPEG image. Rename it to .jpg and upload it "
        "again.",
        id="jpeg-named-webp",
    ),
    pytest.param(
        "anim.gif",
        photo_bytes("GIF", gps=False),
        "“.gif” files are not accepted. Upload a JPEG, PNG, WebP or AVIF photo.",
        id="gif",
    ),
    pytest.param(
        "photo.png",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
        "This file is not a readable JPEG, PNG, WebP or AVIF image; it may be damaged or be "
        "another kind of file with an image extension.",
        id="corrupt-png",
    ),
    pytest.param(
        "cut-off.jpg",
        photo_bytes(size=(400, 300))[:-600],
        TRUNCATED,
        id="truncated-jpeg",
    ),
    pytest.param(
        "cut-off.png",
        photo_bytes("PNG", size=(400, 300), gps=False)[:-40],
        TRUNCATED,
        id="truncated-png",
    ),
    pytest.param(
        "map.png",
        png_header_only(7000, 7000),
        "This image is 7000 × 7000 pixels (49 megapixels); the limit is 24 megapixels. "
        "Resize it and upload it again.",
        id="7000x7000-png",
    ),
    pytest.param(
        "bomb.png",
        png_header_only(10_000, 10_000),
        "This image is 10000 × 10000 pixels (100 megapixels); the limit is 24 megapixels. "
        "Resize it and upload it again.",
        id="too-many-pixels",
    ),
    pytest.param(
        "bomb.png",
        png_header_only(60_000, 60_000),
        "This image has far too many pixels to process safely; the limit is 24 megapixels.",
        id="decompression-bomb",
    ),
]


@pytest.mark.parametrize(("name", "content", "message"), REJECTIONS)
def test_unsafe_uploads_are_refused_with_a_clear_message(admin_client, s3, name, content, message):
    response = _post_image(admin_client, upload(name, content))

    assert _file_errors(response) == [message]
    assert message in html.unescape(response.content.decode())
    assert CustomImage.objects.count() == 0
    assert s3.keys() == []


def test_an_oversized_file_is_refused_before_it_is_opened(admin_client, s3, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    content = photo_bytes(size=(400, 300)) + b"\x00" * 2048

    response = _post_image(admin_client, upload("big.jpg", content))

    size = len(content) / 1024
    assert _file_errors(response) == [
        f"This file is {size:.1f}\xa0KB; photos can be at most 1.0\xa0KB. "
        "Export a smaller copy and upload that."
    ]
    assert CustomImage.objects.count() == 0
    assert s3.keys() == []


def test_the_multiple_uploader_refuses_unsafe_files_without_storing_them(admin_client, s3):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload("photo.jpg", HTML), "title": "photo.jpg"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    data = response.json()
    assert data["success"] is False
    assert "HTML or SVG markup" in data["error_message"]
    assert CustomImage.objects.count() == 0 and UploadedFile.objects.count() == 0
    assert s3.keys() == []


def test_the_multiple_uploader_refuses_a_truncated_jpeg_with_a_message(admin_client, s3):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload("cut-off.jpg", photo_bytes(size=(400, 300))[:-600])},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False
    assert "incomplete or damaged" in data["error_message"]
    assert CustomImage.objects.count() == 0 and UploadedFile.objects.count() == 0
