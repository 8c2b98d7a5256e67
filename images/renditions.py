"""The renditions the site's templates use, and how they are made.

Every image slot (hero, thumbnails on cards and in galleries, the lightbox, social sharing,
photos in the body) is named here once. Templates use the same filter specs with `{% picture %}`
and `{% image %}`; listings prefetch them; the background task and `generate_renditions`
pre-generate all of them for every image, so a public request only ever reads rendition rows
it already has and builds URLs without asking S3 anything.

Renditions never carry EXIF, XMP or comments (Willow copies EXIF into JPEG and PNG output), so
the GPS position in a photographer's original is never published.
"""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images.models import Filter, SourceImageIOError

from images.filters import STORAGE_ERRORS
from images.models import CustomImage
from images.progress import ProgressBar
from images.slots import HERO, LIGHTBOX, SOCIAL, THUMBNAIL, all_specs


def images_with_renditions(*slots):
    """An image queryset that prefetches the renditions of the given slots (for listings)."""
    specs = [spec for slot in slots for spec in slot.specs]
    return CustomImage.objects.prefetch_renditions(*specs)


def prefetch_page_photos(page):
    """The renditions of a served page's own photos (hero, and the sharing image in <head>)
    in one query, kept on the images as Wagtail's prefetched renditions.

    Without it, each photo's renditions came from the renditions cache and were written back
    to it: two Redis round trips and a pickling per photo, on every view of the page.
    """
    images = [image for image in (getattr(page, "hero_image", None), page.card_image) if image]
    specs = [*HERO.specs, *SOCIAL.specs]
    renditions = CustomImage.get_rendition_model().objects.filter(filter_spec__in=specs)
    prefetch_related_objects(
        images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


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


def make_slot_renditions(plan, *, stream, label="Renditions", progress=None):
    """Make the renditions `plan` asks for, in its order, with a progress bar on `stream`.

    `plan` is a list of (image, slots) pairs: the callers put first what readers see first
    (load_demo: the home page's cards, then /parks/, then those pages' heroes). Returns how
    many renditions were created; an image whose original is unreadable is skipped and
    counted in the returned failures, for `generate_renditions` to retry later.
    """
    work = [(image, [spec for slot in slots for spec in slot.specs]) for image, slots in plan]
    bar = ProgressBar(stream, sum(len(specs) for _, specs in work), label, enabled=progress)
    created, failed = 0, []
    for image, specs in work:
        try:
            created += ensure_renditions(image, specs=specs)
        except SourceImageIOError:
            failed.append(image.pk)
        bar.advance(len(specs))
    bar.close()
    return created, failed


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
