"""Placeholder photos drawn locally with Pillow, so demo content never downloads anything."""

import hashlib
import io
import math

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

SIZE = (1200, 750)


def _colours(seed):
    digest = hashlib.sha256(seed.encode()).digest()
    top = (digest[0] // 2 + 20, digest[1] // 2 + 40, digest[2] // 2 + 90)
    bottom = (digest[3] // 3, digest[4] // 3 + 20, digest[5] // 3 + 40)
    return top, bottom


def placeholder_jpeg(label, seed=None, size=SIZE):
    """A JPEG with a gradient sky and a coaster-like silhouette; returns ImageFile.

    The label only picks the colours and the file name: no text is drawn into the picture, so
    no crop cuts a caption off and no font lacks a letter ("Parc Astérix"). The page shows
    the title, alt text and credit as text.
    """
    width, height = size
    top, bottom = _colours(seed or label)
    # A vertical gradient: a 1-pixel column blended top to bottom, stretched across.
    mask = Image.linear_gradient("L").resize((1, height))
    column = Image.composite(
        Image.new("RGB", (1, height), bottom), Image.new("RGB", (1, height), top), mask
    )
    image = column.resize(size)
    draw = ImageDraw.Draw(image)
    # A simple track profile: a lift hill, a drop and a few airtime hills.
    points = []
    for x in range(0, width + 1, 20):
        u = x / width
        if u < 0.3:
            y = height * (0.85 - 2.2 * u)
        elif u < 0.42:
            y = height * (0.19 + 3.6 * (u - 0.3))
        else:
            y = height * (0.62 + 0.12 * math.sin((u - 0.42) * 18))
        points.append((x, max(0, min(height, y))))
    draw.line(points, fill=(245, 245, 250), width=14, joint="curve")
    for x, y in points[::3]:
        draw.line([(x, y), (x, height)], fill=(220, 220, 230), width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    buffer.seek(0)
    slug = hashlib.sha1(label.encode(), usedforsecurity=False).hexdigest()[:10]
    return ImageFile(buffer, name=f"placeholder-{slug}.jpg")
