"""The records pages answer htmx through the site's one helper (core.htmx), adding what their
templates need: the results element's id and the canonical path of the filtered view."""

from core.htmx import render_listing


def listing_response(request, template, partial, target, context, push_url):
    """Render the full page, or only `partial` for an htmx request aimed at `target`."""
    context = {**context, "results_target": target, "canonical_path": push_url}
    return render_listing(
        request, template, context, fragments={target: partial}, push_url=push_url
    )
