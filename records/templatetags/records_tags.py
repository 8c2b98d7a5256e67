"""`{% feed_links %}`: the <link rel="alternate"> elements of the page being rendered."""

from django import template
from django.urls import reverse
from django.utils.html import format_html_join

from parks.models import ParkPage

register = template.Library()


def page_feeds(context):
    """(title, URL) of the feeds of the page or company in the template context."""
    page = context.get("page")
    company = context.get("company")
    if isinstance(page, ParkPage):
        return [(f"{page.title} (Atom)", reverse("records:feed_park", args=[page.slug]))]
    if company is not None:
        return [(f"{company.name} (Atom)", reverse("records:feed_company", args=[company.slug]))]
    return []


@register.simple_tag(takes_context=True)
def feed_links(context):
    """Site-wide feeds on every page, plus the feed of this park or company."""
    feeds = [
        ("New parks and rides (Atom)", reverse("records:feed_new")),
        ("Recently updated parks and rides (Atom)", reverse("records:feed_updated")),
        *page_feeds(context),
    ]
    return format_html_join(
        "\n", '<link rel="alternate" type="application/atom+xml" title="{}" href="{}">', feeds
    )
