"""Public search at /search/ and the header autocomplete at /search/autocomplete/.

An htmx request that targets the results gets only the results partial (the same template
the full page includes); without JavaScript the page is a plain GET form with shareable URLs.
"""

import logging

from django.db import DatabaseError
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from operations.cache import per_content_version
from operations.database import asynchronous_commit
from search import engine
from search.cards import result_cards, suggestion_links
from search.forms import SORTS, SearchForm
from search.query import normalise_query
from search.suggestions import suggest_titles
from search.tasks import record_search

logger = logging.getLogger("thrillwiki.search")

RESULTS_TARGET = "search-results"
TYPING_TRIGGER = "search-q"  # the search box: requests sent while the reader types


def promoted_queries():
    """The query strings editors promoted results for, kept per content version (saving or
    deleting a promotion bumps it): most searches have none, and then cost no query."""
    return per_content_version(
        "promoted-queries",
        lambda: set(SearchPromotion.objects.values_list("query__query_string", flat=True)),
    )


def promoted_pages(query):
    """Editors' picks for this exact query: live, public pages (or external links), in order."""
    if normalise_query_string(query) not in promoted_queries():
        return []
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    if not any(p.page_id for p in promotions):  # no page to check: spare the query
        return [p for p in promotions if p.external_link_url]
    public = set(
        Page.objects.live()
        .public()
        .filter(pk__in=[p.page_id for p in promotions if p.page_id])
        .values_list("pk", flat=True)
    )
    return [
        p for p in promotions if (p.page_id in public) or (not p.page_id and p.external_link_url)
    ]


def changing_filters(request, form):
    """True when htmx sent this request because the reader changed a filter or the order.

    The filters are re-rendered with the results; their disclosure stays open while the reader
    is using it, and closed (results first) on a fresh page or while they type a query.
    """
    htmx = getattr(request, "htmx", None)
    name = htmx.trigger_name if htmx else None
    return bool(name) and name != "q" and name in form.fields


@require_GET
def search(request):
    form = SearchForm(request.GET)
    query = form.query
    outcome = None
    promotions = []
    suggestions = []
    if query or form.filters:
        outcome = engine.search_pages(form, request.GET.get("page"))
        first_page = outcome.page_obj.number == 1
        if query and first_page:
            promotions = promoted_pages(query)
            promoted = {p.page_id for p in promotions}
            outcome.page_obj.object_list = [
                page for page in outcome.page_obj.object_list if page.pk not in promoted
            ]
        if query and not outcome.total:
            suggestions = suggest_titles(query)
        htmx = getattr(request, "htmx", None)
        typing = bool(htmx) and htmx.trigger == TYPING_TRIGGER
        if query and first_page and not typing:
            try:
                with asynchronous_commit():
                    record_search.enqueue(query, outcome.total)
            except DatabaseError:  # statistics must never cost the reader their results
                logger.exception("Could not log the search %r", query)
    raw = (request.GET.get("q") or "").strip()
    context = {
        "form": form,
        "query": query,
        "query_was_cleaned": bool(raw) and not query,
        "outcome": outcome,
        "page_obj": outcome.page_obj if outcome else None,
        "cards": result_cards(request, outcome.page_obj.object_list) if outcome else [],
        "promotions": promotions,
        "suggestions": suggestions,
        "sorts": SORTS,
        "sort": form.sort_order,
        "results_target": RESULTS_TARGET,
        "filters_open": changing_filters(request, form),
    }
    htmx = getattr(request, "htmx", None)
    partial = htmx and not htmx.boosted and htmx.target == RESULTS_TARGET
    template = "includes/search_results.html" if partial else "search/search.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    if htmx:
        response["HX-Push-Url"] = request.path + form.querystring(
            page=outcome and outcome.page_obj.number > 1 and outcome.page_obj.number
        )
    return response


@require_GET
def autocomplete(request):
    """An HTML fragment (a list of links) for the header search box; htmx swaps it in."""
    query = normalise_query(request.GET.get("q", ""))
    pks = engine.autocomplete(query) if query else []
    items = suggestion_links(request, pks)
    response = render(request, "search/autocomplete.html", {"query": query, "items": items})
    patch_vary_headers(response, ["HX-Request"])
    return response
