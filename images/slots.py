"""The registry of image slots: every place the site shows a photo, named once.

Templates render a slot with `{% slot_picture image "card" %}` (images.templatetags), listings
prefetch the same specs, and the background task and `generate_renditions` pre-generate all of
them, so a public request only reads rendition rows it already has.
"""

from functools import cached_property

from wagtail.images.models import Filter

# Browsers pick the first format they support: AVIF, then WebP, then JPEG.
FORMATS = "format-{avif,webp,jpeg}"


class Slot:
    """One place an image is shown, with its filter specs (a `{% picture %}` pattern) and the
    `sizes` its layout gives it, so the browser picks the smallest rendition that fills it."""

    def __init__(self, name, pattern, sizes=None):
        self.name = name
        self.pattern = pattern
        self.sizes = sizes

    @cached_property
    def specs(self):
        return Filter.expand_spec(self.pattern)

    @cached_property
    def filters(self):
        """The slot's specs as Filter objects, built once per process.

        Each new Filter parses its spec and builds its operations (Wagtail checks every
        operation's arguments with inspect.getcallargs), about 0.1 ms per spec: a listing of
        24 cards with 6 specs each paid that 144 times per request. Filters hold no per-image
        state, so one set serves every image and every request.
        """
        return [Filter(spec=spec) for spec in self.specs]

    def __repr__(self):
        return f"Slot({self.name!r}, {self.pattern!r})"


# Templates name these slots ({% slot_picture image "thumbnail" %}), never their specs.
# Cards sit in a grid of ~15-20rem columns (~300 px; a phone shows one card across the screen):
# 320 px for plain screens, 640 for high-density ones and 960 for a 3x phone.
THUMBNAIL = Slot(
    "thumbnail",
    f"fill-{{320x213,640x427,960x640}} {FORMATS}",
    sizes="(min-width: 40rem) 20rem, calc(100vw - 2rem)",
)
HERO = Slot(
    "hero", f"fill-{{800x333,1200x500,1600x667}} {FORMATS}", sizes="(min-width: 80rem) 76rem, 100vw"
)
BODY = Slot("body", f"width-{{640,1280}} {FORMATS}", sizes="(min-width: 45rem) 40rem, 100vw")
LIGHTBOX = Slot("lightbox", "max-1600x1200")
SOCIAL = Slot("social", "fill-1200x630")

SLOTS = (THUMBNAIL, HERO, BODY, LIGHTBOX, SOCIAL)


def all_specs():
    """Every filter spec the site's templates render, in a stable order, without repeats."""
    return list(dict.fromkeys(spec for slot in SLOTS for spec in slot.specs))


def slot_named(name):
    """The slot called `name`; an unknown name is a template bug, so it fails loudly."""
    for slot in SLOTS:
        if slot.name == name:
            return slot
    raise KeyError(f"No image slot named {name!r}; the slots are {[s.name for s in SLOTS]}")
