"""The renditions the site's templates use, and how they are made.

Every image slot (hero, thumbnails on cards and in galleries, the lightbox, social sharing,
photos in the body) is named here once. Templates use the same filter specs with `{% picture %}`
and `{% image %}`; listings prefetch them; the background task and `generate_renditions`
pre-generate all of them for every image, so a public request only ever reads rendition rows
it already has and builds URLs without asking S3 anything.

Renditions never carry EXIF, XMP or comments (Willow copies EXIF into JPEG and PNG output), so
the GPS position in a photographer's original is never published.
"""

import logging

from botocore.exceptions import BotoCoreError, ClientError
from django.db.models import Prefetch
from wagtail.images.models import Filter, SourceImageIOError
from willow.image import AvifImageFile
from willow.plugins.pillow import PillowImage

logger = logging.getLogger(__name__)

# Browsers pick the first format they support: AVIF, then WebP, then JPEG.
FORMATS = "format-{avif,webp,jpeg}"


class Slot:
    """One place an image is shown, with its filter specs (a `{% picture %}` pattern)."""

    def __init__(self, name, pattern):
        self.name = name
        self.pattern = pattern

    @property
    def specs(self):
        return Filter.expand_spec(self.pattern)

    def __repr__(self):
        return f"Slot({self.name!r}, {self.pattern!r})"


# Keep these in step with the templates (includes/hero.html, gallery.html, park_card.html,
# ride_card.html, blocks/captioned_image.html, base.html); the zero-S3 test fails otherwise.
THUMBNAIL = Slot("thumbnail", f"fill-{{480x320,960x640}} {FORMATS}")
HERO = Slot("hero", f"fill-{{800x333,1200x500,1600x667}} {FORMATS}")
BODY = Slot("body", f"width-{{640,1280}} {FORMATS}")
LIGHTBOX = Slot("lightbox", "max-1600x1200")
SOCIAL = Slot("social", "fill-1200x630")

SLOTS = (THUMBNAIL, HERO, BODY, LIGHTBOX, SOCIAL)


def all_specs():
    """Every filter spec the site's templates render, in a stable order, without repeats."""
    return list(dict.fromkeys(spec for slot in SLOTS for spec in slot.specs))


def images_with_renditions(*slots):
    """An image queryset that prefetches the renditions of the given slots (for listings)."""
    from home.models import CustomImage

    specs = [spec for slot in slots for spec in slot.specs]
    return CustomImage.objects.prefetch_renditions(*specs)


# --- Making renditions ------------------------------------------------------------------------

# What a storage outage looks like from boto3 (connection refused, timeouts, 5xx) and from
# Wagtail (SourceImageIOError when the original cannot be read).
STORAGE_ERRORS = (BotoCoreError, ClientError, OSError)


class StripMetadata:
    """A filter operation, run after cropping and resizing, that drops EXIF, XMP and comments.

    Orientation is applied before this runs (Willow's auto_orient), so nothing visible is lost.
    """

    DROPPED_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc")

    def run(self, willow, image, env):
        pillow_image = getattr(willow, "image", None)
        info = getattr(pillow_image, "info", None)
        if info is not None:
            for key in self.DROPPED_KEYS:
                info.pop(key, None)
            # Pillow caches parsed EXIF separately from info; forget that too.
            if hasattr(pillow_image, "_exif"):
                pillow_image._exif = None
        if isinstance(willow, PillowImage):
            return QuickerAvifPillowImage(willow.image)
        return willow


# libavif's speed 6 (Pillow's default) took about 1.1 s for a 960 px thumbnail on our CI
# machine; speed 8 took 0.28 s for files about 12% larger. Renditions are made by the
# thousand, so speed wins.
AVIF_SPEED = 8


class QuickerAvifPillowImage(PillowImage):
    """Willow's Pillow image, saving AVIF at AVIF_SPEED (Willow passes no speed to Pillow)."""

    def save_as_avif(self, f, quality=80, lossless=False, apply_optimizers=True):
        if lossless:
            return super().save_as_avif(f, quality, lossless, apply_optimizers)
        image = self.image
        kwargs = {"quality": quality, "speed": AVIF_SPEED}
        icc_profile = self.get_icc_profile()
        if icc_profile is not None:
            if image.mode == "CMYK":
                converted = self.transform_colorspace_to_srgb()
                image = converted.image
                icc_profile = converted.get_icc_profile()
            kwargs["icc_profile"] = icc_profile
        image.save(f, "AVIF", **kwargs)
        if apply_optimizers:
            self.optimize(f, "heic")
        return AvifImageFile(f)


class MetadataFreeFilter(Filter):
    """Wagtail's Filter with StripMetadata appended, used for every rendition of CustomImage."""

    @property
    def filter_operations(self):
        return [*super().filter_operations, StripMetadata()]


def missing_specs(image, specs):
    """The specs in `specs` that have no rendition row for `image` yet (no storage access)."""
    existing = set(
        image.renditions.filter(filter_spec__in=specs).values_list("filter_spec", "focal_point_key")
    )
    return [spec for spec in specs if (spec, Filter(spec).get_cache_key(image)) not in existing]


def ensure_renditions(image, *, force=False, specs=None):
    """Create the site's renditions of `image` that do not exist yet; returns how many.

    With force, the image's existing renditions are deleted first and all are made again.
    Storage failures propagate as SourceImageIOError (callers retry later).
    """
    specs = list(specs or all_specs())
    if force:
        for rendition in image.renditions.all():
            rendition.file.delete(save=False)
            rendition.delete()
    todo = missing_specs(image, specs)
    if todo:
        try:
            image.get_renditions(*todo)
        except STORAGE_ERRORS as exc:
            if isinstance(exc, SourceImageIOError):
                raise
            raise SourceImageIOError(str(exc)) from exc
    return len(todo)


def page_image_ids(page):
    """The ids of every image a page shows: hero, listing image, gallery and body photos."""
    ids = {getattr(page, "hero_image_id", None), getattr(page, "listing_image_id", None)}
    gallery = getattr(page, "gallery_images", None)
    if gallery is not None:
        ids.update(gallery.values_list("image_id", flat=True))
    body = getattr(page, "body", None)
    for block in body or []:
        if block.block_type == "image" and block.value.get("image"):
            ids.add(block.value["image"].pk)
    ids.discard(None)
    return sorted(ids)


# --- Prefetching for listings and galleries ---------------------------------------------------


def card_image_prefetches():
    """Prefetch card images and their renditions, so a listing's query count is fixed."""
    images = images_with_renditions(THUMBNAIL)
    return [Prefetch("hero_image", queryset=images), Prefetch("listing_image", queryset=images)]


def gallery_with_renditions(page):
    """A page's gallery items with their images and renditions in three queries, however many."""
    images = images_with_renditions(THUMBNAIL, LIGHTBOX)
    return page.gallery_images.prefetch_related(Prefetch("image", queryset=images))
