"""Templates name an image slot; the sizes and formats come from the registry (images.slots)."""

import re

import pytest
from django.template import Context, Template, TemplateSyntaxError

from images.factories import ImageFactory
from images.models import CustomImage
from images.slots import HERO, LIGHTBOX, THUMBNAIL

pytestmark = pytest.mark.django_db


def render(source, **context):
    return Template("{% load image_slots %}" + source).render(Context(context))


def test_a_hero_picture_offers_every_size_and_format_of_the_hero_slot():
    image = ImageFactory()
    html = render('{% slot_picture image "hero" class="hero__image" %}', image=image)
    assert html.startswith("<picture>") and 'class="hero__image"' in html
    for spec in HERO.specs:
        assert image.renditions.filter(filter_spec=spec).exists()
    assert "image/avif" in html and "image/webp" in html
    assert 'alt="' + image.alt_text + '"' in html


def test_the_lightbox_rendition_is_the_registry_s_single_spec():
    image = ImageFactory()
    html = render('{% slot_rendition image "lightbox" as large %}{{ large.url }}', image=image)
    assert html == image.renditions.get(filter_spec=LIGHTBOX.specs[0]).url


def test_a_rendition_prefetched_with_the_page_is_not_written_back_to_the_cache(monkeypatch):
    """Pages prefetch their renditions; serving them costs no renditions-cache round trip."""
    image = ImageFactory()
    render('{% slot_rendition image "lightbox" as large %}', image=image)  # makes it
    prefetched = CustomImage.objects.prefetch_renditions(*LIGHTBOX.specs).get(pk=image.pk)
    writes = []
    backend = CustomImage.get_rendition_model().cache_backend
    monkeypatch.setattr(backend, "set", lambda *args, **kw: writes.append(args))
    monkeypatch.setattr(backend, "set_many", lambda *args, **kw: writes.append(args))
    html = render('{% slot_rendition image "lightbox" as large %}{{ large.url }}', image=prefetched)
    assert html == image.renditions.get(filter_spec=LIGHTBOX.specs[0]).url
    assert writes == []


def test_no_image_renders_nothing_and_an_unknown_slot_is_a_loud_template_bug():
    assert render('{% slot_picture image "thumbnail" %}', image=None) == ""
    with pytest.raises(KeyError, match="No image slot named 'card'"):
        render('{% slot_picture image "card" %}', image=ImageFactory())
    with pytest.raises(TemplateSyntaxError):
        render('{% slot_rendition image "hero" as x %}', image=ImageFactory())


def srcset_widths(html):
    """The widths each `srcset` in `html` offers, one list per <source> or <img>."""
    return [
        [candidate.split()[-1] for candidate in srcset.split(", ")]
        for srcset in re.findall(r'srcset="([^"]*)"', html)
    ]


def test_a_photo_smaller_than_the_largest_hero_never_offers_one_width_twice():
    image = ImageFactory(file__width=1200, file__height=750)
    html = render('{% slot_picture image "hero" %}', image=image)
    widths = srcset_widths(html)
    assert widths == [["800w", "1200w"]] * 3  # avif, webp and the jpeg fallback
    assert all(len(set(found)) == len(found) for found in widths)


def test_only_the_priority_photo_loads_at_once_the_rest_lazily_and_sized_to_their_slot():
    image = ImageFactory(file__width=1200, file__height=750)
    first = render('{% slot_picture image "thumbnail" priority=True %}', image=image)
    later = render('{% slot_picture image "thumbnail" %}', image=image)
    assert 'fetchpriority="high"' in first and 'loading="eager"' in first
    assert 'fetchpriority="high"' not in later and 'loading="lazy"' in later
    assert f'sizes="{THUMBNAIL.sizes}"' in later
    assert srcset_widths(later)[0] == ["320w", "640w", "960w"]  # ~300 px card slots
