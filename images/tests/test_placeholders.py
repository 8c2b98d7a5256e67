"""Demo placeholder photos carry no baked-in text (issue 14)."""

from PIL import Image

from images.placeholders import SIZE, placeholder_jpeg


def test_a_placeholder_has_no_caption_bar():
    """The old placeholders drew a black caption bar along the bottom; the new ones keep the
    sky's gradient and the track's supports there, never a band of solid black."""
    image = Image.open(placeholder_jpeg("Parc Astérix")).convert("RGB")
    assert image.size == SIZE
    width, height = image.size
    bottom_rows = image.crop((0, height - height // 8, width, height))
    darkest = min(sum(pixel) for pixel in bottom_rows.getdata())
    assert darkest > 30  # the gradient's darkest colour, nowhere near black


def test_placeholders_differ_by_label_and_name_their_files_by_it():
    one, other = placeholder_jpeg("Cedar Point"), placeholder_jpeg("Parc Astérix")
    assert one.name != other.name
    assert one.read() != other.read()
