"""Renditions on S3 (moto's server): made in the background on publish, public and cached for a
year on the CDN domain, never requested from S3 on a public page view, and robust to an outage."""

import logging
import re

import pytest
from django.core.files.storage import storages
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Collection

from images.factories import ImageFactory
from images.models import CustomImage, CustomRendition
from images.slots import all_specs
from images.tasks import generate_image_renditions
from images.tests.images import photo_bytes, upload
from images.uploads import STORAGE_UNAVAILABLE_MESSAGE
from parks.factories import ParkPageFactory
from parks.models import ParkGalleryImage
from thrillwiki.settings.storage import RENDITION_CACHE_CONTROL

pytestmark = [pytest.mark.s3, pytest.mark.django_db]

ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"
CONTENT_TYPES = {".avif": "image/avif", ".webp": "image/webp", ".jpg": "image/jpeg"}


class S3RequestCounter:
    """Counts the HTTP requests botocore sends from the media storages' clients."""

    def __init__(self):
        self.requests = []
        for alias in ("default", "renditions"):
            client = storages[alias].connection.meta.client
            client.meta.events.register("before-send", self._record)

    def _record(self, request, **kwargs):
        self.requests.append(f"{request.method} {request.url}")

    def __len__(self):
        return len(self.requests)


def _park_with_gallery(park_index, photos):
    park = ParkPageFactory(
        parent=park_index, title="Cedar Point", slug="cedar-point", hero_image=ImageFactory()
    )
    for n in range(photos):
        ParkGalleryImage.objects.create(
            page=park, image=ImageFactory(), caption=f"Photo {n + 1}", sort_order=n
        )
    return park


def _image_urls(html):
    """Every photo URL in the page: <img>/<source> src and srcset, lightbox links, og:image."""
    urls = []
    for tag in re.findall(r"<(?:img|source) [^>]+>", html):
        for value in re.findall(r'(?:src|srcset)="([^"]+)"', tag):
            urls += [part.split()[0] for part in value.split(",")]
    urls += re.findall(r'class="gallery__link" href="([^"]+)"', html)
    urls += re.findall(r'<meta property="og:image" content="([^"]+)"', html)
    return urls


def test_publishing_a_page_puts_its_renditions_on_the_cdn(client, park_index, s3):
    park = _park_with_gallery(park_index, photos=2)
    assert s3.keys("renditions/") == []

    park.save_revision().publish()

    images = CustomImage.objects.all()
    assert CustomRendition.objects.count() == len(all_specs()) * images.count()
    keys = s3.keys("renditions/")
    assert len(keys) == CustomRendition.objects.count()
    for key in keys:
        head = s3.client.head_object(Bucket=s3.bucket, Key=key)
        assert head["CacheControl"] == RENDITION_CACHE_CONTROL
        extension = "." + key.rsplit(".", 1)[1]
        assert head["ContentType"] == CONTENT_TYPES[extension]
        acl = s3.client.get_object_acl(Bucket=s3.bucket, Key=key)
        assert (ALL_USERS, "READ") in {
            (g["Grantee"].get("URI"), g["Permission"]) for g in acl["Grants"]
        }
    # Originals stay private, next to them in the same bucket.
    assert len(s3.keys("originals/")) == images.count()

    html = client.get(park.url).content.decode()
    urls = _image_urls(html)
    assert urls and all(url.startswith(f"https://{s3.custom_domain}/renditions/") for url in urls)
    assert {url.rsplit(".", 1)[1] for url in urls} == {"avif", "webp", "jpg"}
    assert any(".max-1600x1200." in url for url in urls)  # lightbox
    assert any(".fill-1200x630." in url for url in urls)  # og:image
    assert 'type="image/avif"' in html and 'type="image/webp"' in html


def test_a_park_page_with_a_12_photo_gallery_makes_no_s3_requests(client, park_index, s3):
    from rides.factories import CoasterPageFactory

    park = _park_with_gallery(park_index, photos=12)
    park.body = [("image", {"image": ImageFactory(), "caption": "The peninsula"})]
    park.save()
    counter = S3RequestCounter()
    park.save_revision().publish()
    for _ in range(2):  # ride cards on the park page, with their own photos
        CoasterPageFactory(parent=park, hero_image=ImageFactory()).save_revision().publish()
    assert len(counter) > 0  # the hook sees the storages' traffic: the tasks made renditions
    made = len(counter)

    response = client.get(park.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert html.count('class="gallery__link"') == 12
    assert html.count("<picture>") == 1 + 12 + 1 + 2  # hero, gallery, body photo, ride cards
    assert len(counter) == made, counter.requests[made:]
    # Every image is sized up front so nothing shifts as photos load.
    for img in re.findall(r"<img [^>]+>", html):
        assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img), img


def test_generate_renditions_is_idempotent(s3, capsys):
    images = [ImageFactory(), ImageFactory()]
    per_image = len(all_specs())

    call_command("generate_renditions")
    first_keys = s3.keys("renditions/")
    first_rows = set(CustomRendition.objects.values_list("pk", "file"))
    call_command("generate_renditions")
    call_command("generate_renditions", image=images[0].pk)

    output = capsys.readouterr().out.splitlines()
    assert output[0].startswith(f"2 image(s) checked, {2 * per_image} rendition(s) created")
    assert output[1].startswith("2 image(s) checked, 0 rendition(s) created")
    assert output[2].startswith("1 image(s) checked, 0 rendition(s) created")
    assert s3.keys("renditions/") == first_keys and len(first_keys) == 2 * per_image
    assert set(CustomRendition.objects.values_list("pk", "file")) == first_rows


def test_generate_renditions_force_rebuilds_one_image(s3, capsys):
    image, other = ImageFactory(), ImageFactory()
    call_command("generate_renditions")
    before = set(image.renditions.values_list("pk", flat=True))
    untouched = set(other.renditions.values_list("pk", flat=True))

    call_command("generate_renditions", image=image.pk, force=True)

    assert set(image.renditions.values_list("pk", flat=True)).isdisjoint(before)
    assert set(other.renditions.values_list("pk", flat=True)) == untouched
    assert len(s3.keys("renditions/")) == 2 * len(all_specs())
    assert "1 image(s) checked" in capsys.readouterr().out.splitlines()[-1]


def test_pages_still_render_and_uploads_fail_clearly_when_s3_is_down(
    client, admin_client, park_index, s3, moto_server, caplog
):
    park = _park_with_gallery(park_index, photos=3)
    park.save_revision().publish()
    waiting = ImageFactory(title="Not yet rendered")  # its renditions were never made
    images_before = CustomImage.objects.count()

    moto_server.stop()

    response = client.get(park.url)
    assert response.status_code == 200
    assert response.content.decode().count('class="gallery__link"') == 3
    assert client.get("/parks/").status_code == 200

    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "New photo",
            "file": upload("new.jpg", photo_bytes()),
            "alt_text": "A coaster",
            "credit": "Jane Photographer",
            "licence": "cc0",
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [STORAGE_UNAVAILABLE_MESSAGE]
    assert CustomImage.objects.count() == images_before

    # The rendition task fails, logs it, and (immediate backend) says how to catch up.
    with caplog.at_level(logging.ERROR, logger="images.tasks"):
        result = generate_image_renditions.enqueue(waiting.pk)
    assert result.status == "FAILED"
    assert "generate_renditions" in caplog.text and f"({waiting.pk},)" in caplog.text
    assert waiting.renditions.count() == 0

    # The multiple uploader stores files that still need alt text; that fails clearly too.
    # (Last: the failed INSERT spoils this test's wrapping transaction; a real request has none.)
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload("drop.jpg", photo_bytes()), "title": "drop.jpg"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 503
    assert response.json()["error_message"] == STORAGE_UNAVAILABLE_MESSAGE


def test_a_failed_rendition_task_is_retried_later(s3, moto_server, settings, caplog):
    from django.utils import timezone
    from django_tasks import task_backends
    from wagtail.images.models import SourceImageIOError

    image = ImageFactory()
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    moto_server.stop()

    with caplog.at_level(logging.WARNING, logger="images.tasks"), pytest.raises(SourceImageIOError):
        generate_image_renditions.call(image.pk)

    queue = task_backends["default"]
    (retry,) = queue.results
    assert retry.task.name == "generate_image_renditions"
    assert list(retry.args) == [image.pk] and retry.kwargs == {"attempt": 2}
    delay = (retry.task.run_after - timezone.now()).total_seconds()
    assert 50 < delay <= 60
    assert "failed on attempt 1 of 5" in caplog.text and "retrying after" in caplog.text

    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="images.tasks"), pytest.raises(SourceImageIOError):
        generate_image_renditions.call(image.pk, attempt=5)
    assert "giving up" in caplog.text
    assert len(queue.results) == 1


def test_rendition_urls_without_a_cdn_are_plain_bucket_urls_built_offline(s3, moto_server):
    from storages.backends.s3 import S3Storage

    from thrillwiki.settings.storage import s3_storages

    options = s3_storages(s3.bucket, endpoint_url=moto_server.endpoint_url)["renditions"]["OPTIONS"]
    storage = S3Storage(**options)
    sent = []
    storage.connection.meta.client.meta.events.register(
        "before-send", lambda request, **kwargs: sent.append(request.url)
    )

    url = storage.url("images/coaster.fill-480x320.format-avif.avif")

    assert url.startswith(f"{moto_server.endpoint_url}/{s3.bucket}/renditions/images/coaster.")
    assert "Signature" not in url and "?" not in url
    assert sent == []
