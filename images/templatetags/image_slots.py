"""Template tags that render an image slot from the registry in images.slots, so the filter
specs live in one place and templates only name the slot:

    {% load image_slots %}
    {% slot_picture page.hero_image "hero" class="hero__image" priority=True %}
    {% slot_picture park.card_image "thumbnail" class="card__image" priority=forloop.first %}
    {% slot_rendition item.image "lightbox" as large %}

Photos load lazily, except the one marked `priority` (the first one a reader sees: the hero, or
the first card of a listing), which loads at once with `fetchpriority="high"`, since it is
usually the page's largest paint.
"""

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from images.renditions import prefetch_page_photos
from images.slots import slot_named

register = template.Library()


@register.simple_tag
def prefetch_photos(page):
    """Load the renditions of the page's own photos (hero, sharing image) in one query.

    Placed at the top of the cached fragments that show them (the page's <head> and its
    body), so only a fragment being rendered pays for it and a kept one costs no query.
    A second call on the same page reads nothing: the renditions are already on the images.
    """
    prefetch_page_photos(page)
    return ""


@register.simple_tag
def slot_picture(image, slot, priority=False, **attrs):
    """A <picture> with every format and size of `slot`; nothing when there is no image.

    A missing original renders a broken image instead of failing the page, as `{% picture %}`
    does. `attrs` become attributes of the <img> (class, sizes...); `sizes` defaults to the
    slot's. `priority` loads the image at once with a high fetch priority, otherwise lazily.
    """
    if not image:
        return ""
    slot = slot_named(slot)
    attrs = {"sizes": slot.sizes, "decoding": "async", **attrs}
    if priority:
        attrs.update(loading="eager", fetchpriority="high")
    else:
        attrs.setdefault("loading", "lazy")
    renditions = distinct_widths(get_renditions_or_not_found(image, slot.filters))
    return Picture(renditions, attrs).__html__()


def distinct_widths(renditions):
    """The renditions without those that repeat a width already offered in the same format.

    A photo smaller than a slot's largest size comes out of two specs at the same width (a
    1200 px original makes 1200 px for both the 1200 and the 1600 hero), and a `srcset` that
    names one width twice is invalid HTML; the smaller spec is kept.
    """
    seen = set()
    kept = {}
    for spec, rendition in renditions.items():
        key = (spec.rsplit("format-", 1)[-1] if "format-" in spec else "", rendition.width)
        if key not in seen:
            seen.add(key)
            kept[spec] = rendition
    return kept


@register.simple_tag
def slot_rendition(image, slot):
    """The one rendition of a single-spec slot (the lightbox, social sharing), for its URL."""
    if not image:
        return None
    filters = slot_named(slot).filters
    if len(filters) != 1:
        raise template.TemplateSyntaxError(
            f"Slot {slot!r} has {len(filters)} specs; use slot_picture."
        )
    # The plural call: given renditions prefetched with the page, Wagtail's singular one would
    # still write each back to the renditions cache, one Redis round trip per photo per view.
    return next(iter(get_renditions_or_not_found(image, filters).values()))
