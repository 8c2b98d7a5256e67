"""Templates name an image slot; the sizes and formats come from the registry (images.slots)."""

import pytest
from django.template import Context, Template, TemplateSyntaxError

from images.factories import ImageFactory
from images.slots import HERO, LIGHTBOX

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


def test_no_image_renders_nothing_and_an_unknown_slot_is_a_loud_template_bug():
    assert render('{% slot_picture image "thumbnail" %}', image=None) == ""
    with pytest.raises(KeyError, match="No image slot named 'card'"):
        render('{% slot_picture image "card" %}', image=ImageFactory())
    with pytest.raises(TemplateSyntaxError):
        render('{% slot_rendition image "hero" as x %}', image=ImageFactory())
