"""Test files: small photos (with GPS EXIF), and the kinds of upload the site must refuse."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

GPS_IFD = 0x8825


def photo_bytes(fmt="JPEG", size=(96, 64), colour=(200, 60, 40), gps=True):
    """A small photo; with gps, its EXIF places it at Cedar Point (as a phone camera would)."""
    image = Image.new("RGB", size, colour)
    kwargs = {}
    if gps:
        exif = Image.Exif()
        exif[0x010F] = "PhoneMaker"  # Make
        exif.get_ifd(GPS_IFD).update({1: "N", 2: (41.0, 28.0, 48.0), 3: "W", 4: (82.0, 41.0, 0.0)})
        kwargs["exif"] = exif.tobytes()
    buffer = io.BytesIO()
    image.save(buffer, fmt, **kwargs)
    return buffer.getvalue()


def upload(name, content, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def _png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png_header_only(width, height):
    """A tiny PNG whose header claims width x height pixels: a decompression bomb's shape.
    Decoding it in full would need width*height bytes; the checks must only read the header."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _png_chunk(b"IEND", b"")
    )


SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
