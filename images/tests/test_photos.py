"""Photos on the embedded default (local media/): renditions carry no location data, the model
refuses unsafe files too, and pages use <picture> with sized, lazy images."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from PIL import Image

from images.factories import ImageFactory
from images.models import CustomImage, CustomRendition
from images.renditions import ensure_renditions
from images.slots import THUMBNAIL, all_specs
from images.tests.images import GPS_IFD, SVG, photo_bytes, upload
from parks.factories import ParkPageFactory
from parks.models import ParkGalleryImage

pytestmark = pytest.mark.django_db


def _image_with_gps(fmt="JPEG", name="phone.jpg"):
    image = CustomImage(
        title="Phone photo",
        alt_text="A coaster at dusk",
        credit="Jane Photographer",
        licence="cc0",
        file=ImageFile(io.BytesIO(photo_bytes(fmt, size=(320, 240))), name=name),
    )
    image.save()
    return image


@pytest.mark.parametrize(("fmt", "name"), [("JPEG", "phone.jpg"), ("PNG", "phone.png")])
def test_renditions_carry_no_exif_location(fmt, name):
    image = _image_with_gps(fmt, name)
    with image.open_file() as original:
        assert Image.open(original).getexif().get_ifd(GPS_IFD)  # the original has a position

    assert ensure_renditions(image) == len(all_specs())

    for rendition in image.renditions.all():
        with rendition.open_file() as f:
            made = Image.open(f)
            expected = (
                rendition.filter_spec.rsplit("format-", 1)[-1]
                if "format-" in (rendition.filter_spec)
                else fmt.lower()
            )
            assert made.format.lower() == expected, rendition.filter_spec
            exif = made.getexif()
            assert not exif.get_ifd(GPS_IFD), rendition.filter_spec
            assert "exif" not in made.info, rendition.filter_spec


def test_ensure_renditions_is_idempotent_without_touching_files():
    image = _image_with_gps()
    ensure_renditions(image)
    files = set(image.renditions.values_list("file", flat=True))

    assert ensure_renditions(image) == 0
    assert set(image.renditions.values_list("file", flat=True)) == files


def test_the_model_refuses_unsafe_files_too():
    image = CustomImage(
        title="Logo", alt_text="x", credit="x", licence="cc0", file=upload("logo.svg", SVG)
    )
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert error.value.message_dict["file"] == [
        "SVG files are not accepted: they can contain scripts. "
        "Upload a JPEG, PNG, WebP or AVIF photo."
    ]


def test_park_pages_use_picture_with_sized_lazy_images(client, park_index):
    park = ParkPageFactory(parent=park_index, slug="cedar-point", hero_image=ImageFactory())
    for n in range(3):
        ParkGalleryImage.objects.create(
            page=park, image=ImageFactory(), caption=f"Midway {n}", sort_order=n
        )
    park.save_revision().publish()

    html = client.get(park.url).content.decode()

    assert html.count("<picture>") == 4  # hero and three gallery photos
    assert html.count('type="image/avif"') == 4 and html.count('type="image/webp"') == 4
    assert 'fetchpriority="high"' in html  # the hero is not lazy
    assert html.count('loading="lazy"') == 3
    assert f'sizes="{THUMBNAIL.sizes}"' in html
    assert "Midway 2" in html and 'class="gallery__link"' in html
    assert '<script src="/static/js/gallery.js" defer></script>' in html
    assert "style=" not in html.split("<main", 1)[1] and "onclick" not in html


@pytest.mark.redis
def test_renditions_are_cached_in_their_own_redis_cache():
    import os

    import redis
    from django.core.cache import caches

    cache = caches["renditions"]
    assert CustomRendition.cache_backend is cache
    assert (
        cache.key_prefix.endswith("-renditions")
        and cache.key_prefix != caches["default"].key_prefix
    )

    rendition = ImageFactory().get_rendition("fill-1200x630")

    assert cache.get(rendition.get_cache_key()) == rendition
    server = redis.Redis.from_url(os.environ["REDIS_URL"])
    assert server.keys(f"{cache.key_prefix}:*")
