"""Footnotes: `{% cite page "height_m" %}` next to a fact, `{% page_sources page as s %}` for
the numbered list. Both read one cached list of the page's sources (one query per page)."""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


def _sources(page):
    if not hasattr(page, "sources"):
        return []
    cached = getattr(page, "_contributions_sources", None)
    if cached is None:
        cached = list(page.sources.all())
        page._contributions_sources = cached
    return cached


@register.simple_tag
def page_sources(page):
    """The page's sources in footnote order (their InlinePanel order)."""
    return _sources(page)


@register.simple_tag
def cite(page, fact_name):
    """Footnote markers for the sources that support `fact_name`, linking to the list."""
    numbers = [n for n, source in enumerate(_sources(page), 1) if fact_name in source.facts]
    if not numbers:
        return ""
    links = format_html_join(
        "",
        '<a href="#source-{0}" aria-label="Source {0}">[{0}]</a>',
        ((n,) for n in numbers),
    )
    return format_html('<sup class="footnote">{}</sup>', links)
