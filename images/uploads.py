"""Upload safety for photos: what the image model and the admin accept, and why not otherwise.

Only JPEG, PNG, WebP and AVIF photos are accepted. Every check reads the file's header and
never decodes the pixels, so a decompression bomb is refused before it is opened in full:

1. size on disk (WAGTAILIMAGES_MAX_UPLOAD_SIZE);
2. the extension (SVG is named specifically: it can carry scripts);
3. markup sniffing (HTML or SVG renamed to .jpg);
4. the real format, from Pillow's header parser limited to the four allowed formats;
5. the extension must match the real format;
6. width x height x frames against WAGTAILIMAGES_MAX_IMAGE_PIXELS;
7. the data is complete (a truncated or corrupt file would fail later, in Wagtail's own code):
   PNG chunks are checksummed without decoding, a JPEG is decoded at 1/8 scale (its own DCT
   scaling, so a 48-megapixel photo costs under a megapixel of memory), WebP and AVIF are
   decoded within the pixel limit.
"""

import os
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": ("jpg", "jpeg"), "PNG": ("png",), "WEBP": ("webp",), "AVIF": ("avif",)}
FORMAT_LABELS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "AVIF": "AVIF"}
ALLOWED_EXTENSIONS = [ext for exts in ALLOWED_FORMATS.values() for ext in exts]
ACCEPTED = "Upload a JPEG, PNG, WebP or AVIF photo."

# Sniffed from the first bytes: markup is never a photo, whatever its name says.
MARKUP_PREFIXES = (b"<", b"\xef\xbb\xbf<")

STORAGE_UNAVAILABLE_MESSAGE = (
    "The photo store is unreachable right now, so this photo was not uploaded and nothing was "
    "saved. Please try again in a few minutes."
)


def _extension(name):
    return os.path.splitext(name or "")[1].lower().lstrip(".")


def _megapixels(pixels):
    return f"{pixels / 1_000_000:.1f}".rstrip("0").rstrip(".")


def inspect_image_upload(upload):
    """Check an uploaded file (anything with name, size, read and seek) from its header.

    Returns the Pillow format name ("JPEG", "PNG", "WEBP" or "AVIF"); raises ValidationError
    with a message that says what is wrong and what to do instead.
    """
    max_size = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    if upload.size is not None and upload.size > max_size:
        raise ValidationError(
            "This file is %(size)s; photos can be at most %(max)s. Export a smaller copy and "
            "upload that.",
            code="file_too_large",
            params={"size": filesizeformat(upload.size), "max": filesizeformat(max_size)},
        )

    extension = _extension(upload.name)
    if extension in ("svg", "svgz"):
        raise ValidationError(
            "SVG files are not accepted: they can contain scripts. " + ACCEPTED, code="svg"
        )
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            "“.%(extension)s” files are not accepted. " + ACCEPTED,
            code="invalid_extension",
            params={"extension": extension or "(no extension)"},
        )

    upload.seek(0)
    head = upload.read(512).lstrip(b" \t\r\n")
    upload.seek(0)
    if head.startswith(MARKUP_PREFIXES):
        raise ValidationError(
            "This file contains HTML or SVG markup, not a photo. " + ACCEPTED, code="markup"
        )

    try:
        with warnings.catch_warnings():
            # Pillow warns above its own pixel limit; our limit below is the one that counts.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(upload, formats=list(ALLOWED_FORMATS)) as image:
                real_format = image.format
                width, height = image.size
                frames = getattr(image, "n_frames", 1) or 1
    except Image.DecompressionBombError:
        raise ValidationError(
            "This image has far too many pixels to process safely; the limit is %(max)s "
            "megapixels.",
            code="too_many_pixels",
            params={"max": _megapixels(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS)},
        ) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise ValidationError(
            "This file is not a readable JPEG, PNG, WebP or AVIF image; it may be damaged or "
            "be another kind of file with an image extension.",
            code="invalid_image",
        ) from None
    finally:
        upload.seek(0)

    if extension not in ALLOWED_FORMATS[real_format]:
        raise ValidationError(
            "This file is named .%(extension)s but contains a %(format)s image. Rename it to "
            ".%(expected)s and upload it again.",
            code="extension_mismatch",
            params={
                "extension": extension,
                "format": FORMAT_LABELS[real_format],
                "expected": ALLOWED_FORMATS[real_format][0],
            },
        )

    max_pixels = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    pixels = width * height * frames
    if pixels > max_pixels:
        raise ValidationError(
            "This image is %(width)s × %(height)s pixels%(frames)s (%(mp)s megapixels); the limit "
            "is %(max)s megapixels. Resize it and upload it again.",
            code="too_many_pixels",
            params={
                "width": width,
                "height": height,
                "frames": f" in {frames} frames" if frames > 1 else "",
                "mp": _megapixels(pixels),
                "max": _megapixels(max_pixels),
            },
        )
    _check_complete(upload, real_format, width, height)
    return real_format


def _check_complete(upload, real_format, width, height):
    """Raise a field error when the image data is truncated or corrupt (see step 7)."""
    try:
        with Image.open(upload, formats=[real_format]) as image:
            if real_format == "PNG":
                image.verify()
            else:
                if real_format == "JPEG":
                    image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                image.load()
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError):
        raise ValidationError(
            "This image file is incomplete or damaged (it may have been cut off while "
            "copying or uploading). Export it again and upload the new copy.",
            code="truncated_image",
        ) from None
    finally:
        upload.seek(0)
