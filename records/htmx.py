"""The htmx response of a plain Django view, as /parks/ and /search/ answer.

An htmx request that targets the results element gets only the results partial, the same
template the full page includes; the address bar gets the clean, shareable URL.
"""

from django.shortcuts import render
from django.utils.cache import patch_vary_headers


def render_listing(request, template, partial, target, context, push_url):
    """Render the full page, or only `partial` for an htmx request aimed at `target`."""
    htmx = getattr(request, "htmx", None)
    wants_partial = bool(htmx) and not htmx.boosted and htmx.target == target
    context = {**context, "results_target": target, "canonical_path": push_url}
    response = render(request, partial if wants_partial else template, context)
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    if htmx:
        response["HX-Push-Url"] = push_url
    return response
