"""The result cards of a search page and the header search's suggestions, each rendered
once per content version.

A card shows only its own page (and a ride's park and companies), so the card that one
search rendered is the card every other search shows until the next publish. Rendering 20
cards (their pictures, links and facts) was most of a search page's time; now a page asks the
cache for all of them in one round trip and renders only those no search has shown since the
last publish, from whole rows loaded for just those pages. Suggestions work the same way.
"""

from django.db.models import prefetch_related_objects
from django.template import Context
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from images.renditions import card_image_prefetches
from operations.cache import many_per_content_version
from parks.models import ParkPage, attach_parks
from rides.models import RidePage

CARD_TEMPLATE = "includes/search_result.html"
SUGGESTION_TEMPLATE = "search/includes/suggestion.html"
# What a suggestion shows (name, link, a park's place; a ride's park comes from attach_parks).
SUGGESTION_FIELDS = {
    ParkPage: ("path", "url_path", "title", "locale", "city", "region", "country"),
    RidePage: ("path", "url_path", "title", "locale"),
}


def result_cards(request, rows):
    """The HTML of each row's card, in order; the first one loads its picture at once. A row
    whose page is no longer live (the engine's index not updated yet) has none."""
    items = [(row, index == 0) for index, row in enumerate(rows)]

    def render_missing(missing):
        pages = whole_pages([row for row, _ in missing])
        return [
            (row.pk in pages and {"result": pages[row.pk], "priority": first})
            for row, first in missing
        ]

    cards = cached_fragments(
        request,
        "search-card",
        CARD_TEMPLATE,
        items,
        key=lambda item: f"{item[0]._meta.label_lower}:{item[0].pk}:{int(item[1])}",
        contexts=render_missing,
    )
    return [card for card in cards if card]


def suggestion_links(request, pks):
    """The HTML of the header search's suggestion for each page that is live and public, in
    order. That check is made when a suggestion is rendered: a page that fails it is kept as
    an empty fragment, so until the next publish neither costs a query again."""

    def render_missing(missing):
        pages = {}
        for model, fields in SUGGESTION_FIELDS.items():
            found = model.objects.live().public().filter(pk__in=missing).only(*fields)
            pages.update((page.pk, page) for page in found)
        attach_parks([page for page in pages.values() if isinstance(page, RidePage)])
        return [(pk in pages and {"page": pages[pk]}) for pk in missing]

    links = cached_fragments(
        request, "suggestion", SUGGESTION_TEMPLATE, pks, key=str, contexts=render_missing
    )
    return [link for link in links if link]


def cached_fragments(request, name, template_name, items, key, contexts):
    """`template_name` rendered for each item, each kept per content version and site.

    `contexts(missing items)` gives the template's context for each item not kept (or a
    false value for a page gone since: an empty fragment). The request's context processors
    are not run: a fragment shows its page, nothing of the reader's.
    """
    host = request.get_host()  # links are relative to the request's site

    def render_missing(missing):
        template = get_template(template_name).template
        return [
            template.render(Context({**context, "request": request})) if context else ""
            for context in contexts(missing)
        ]

    fragments = many_per_content_version(
        name, items, lambda item: f"{host}:{key(item)}", render_missing
    )
    return [mark_safe(fragment) for fragment in fragments]  # noqa: S308 -- our own templates


def whole_pages(rows):
    """{pk: page} of the rows' live pages (rows are pages or search.lists.Hit) with what a
    card shows, in a fixed number of queries: the card images with their renditions, each
    ride's park, companies and model."""
    pages = {}
    for model, queryset in (
        (ParkPage, ParkPage.objects.live().select_related("operator")),
        (RidePage, RidePage.objects.live().select_related("manufacturer", "ride_model")),
    ):
        pks = [row.pk for row in rows if row._meta.model is model]
        if pks:
            found = list(queryset.defer_streamfields().filter(pk__in=pks))
            prefetch_related_objects(found, *card_image_prefetches())
            pages.update((page.pk, page) for page in found)
    attach_parks([page for page in pages.values() if isinstance(page, RidePage)])
    return pages
