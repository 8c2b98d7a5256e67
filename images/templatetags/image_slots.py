"""Template tags that render an image slot from the registry in images.slots, so the filter
specs live in one place and templates only name the slot:

    {% load image_slots %}
    {% slot_picture page.hero_image "hero" class="hero__image" sizes="100vw" %}
    {% slot_rendition item.image "lightbox" as large %}
"""

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_rendition_or_not_found, get_renditions_or_not_found

from images.slots import slot_named

register = template.Library()


@register.simple_tag
def slot_picture(image, slot, **attrs):
    """A <picture> with every format and size of `slot`; nothing when there is no image.

    A missing original renders a broken image instead of failing the page, as `{% picture %}`
    does. `attrs` become attributes of the <img> (class, sizes, loading...).
    """
    if not image:
        return ""
    renditions = get_renditions_or_not_found(image, slot_named(slot).filters)
    return Picture(renditions, attrs).__html__()


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
    return get_rendition_or_not_found(image, filters[0])
