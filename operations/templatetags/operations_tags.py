from django import template

from operations.cache import content_version as current_content_version

register = template.Library()


@register.simple_tag
def content_version():
    """The token that changes on every publish; add it to a cache tag's vary-on arguments."""
    return current_content_version()
