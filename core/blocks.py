"""StreamField blocks shared by every page body."""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class CaptionedImageBlock(blocks.StructBlock):
    """A photo inside the body, with a caption; alt text comes from the image itself."""

    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "includes/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = "includes/blocks/quote.html"


class BodyBlock(blocks.StreamBlock):
    """The free-form part of park and ride pages: prose, sub-headings, photos and quotes."""

    heading = blocks.CharBlock(
        form_classname="title", icon="title", template="includes/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "h3", "h4"], icon="pilcrow"
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
