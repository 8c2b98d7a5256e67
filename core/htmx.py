"""One way to answer htmx: the partial for a request that targets a fragment, the full page
otherwise, and a clean HX-Push-Url so the address bar shows a shareable URL.

Pages use HtmxFragmentMixin; function views call `render_listing`. Either way the full page
includes the same partial, so each fragment has exactly one template.
"""

from django.shortcuts import render
from django.utils.cache import patch_vary_headers


def fragment_target(request, fragments):
    """The id of the fragment an htmx request asks for, or None for a full page.

    Boosted requests (a link or form upgraded by hx-boost) want the whole page.
    """
    htmx = getattr(request, "htmx", None)
    if htmx and not htmx.boosted and htmx.target in fragments:
        return htmx.target
    return None


def requested_page(request):
    """The page number a list request asks for, 1 when it names none or not a number."""
    try:
        return int(request.GET.get("page") or 1)
    except (TypeError, ValueError):
        return 1


def listing_url(path, form, page_obj=None):
    """The clean, shareable URL of a filtered list: valid, non-empty filters and the page
    number after the first, nothing else (no empty `?status=` or stale values)."""
    page = page_obj.number if page_obj is not None and page_obj.number > 1 else None
    return path + form.querystring(page=page)


def finish_htmx_response(request, response, push_url=None):
    """Mark the response as varying with the htmx headers and, for htmx requests, push the
    clean URL into the address bar."""
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    if getattr(request, "htmx", None) and push_url:
        response["HX-Push-Url"] = push_url
    return response


def render_listing(request, template, context, *, fragments, push_url=None):
    """Render `template`, or the partial in `fragments` that the htmx request targets."""
    target = fragment_target(request, fragments)
    response = render(request, fragments[target] if target else template, context)
    return finish_htmx_response(request, response, push_url)


class HtmxFragmentMixin:
    """Serve one fragment of a page to htmx requests that target it.

    `htmx_fragments` maps an element id to the partial template that renders it. A context
    value `htmx_push_url` (see `listing_url`) becomes the HX-Push-Url header.
    """

    htmx_fragments = {}

    def get_template(self, request, *args, **kwargs):
        target = fragment_target(request, self.htmx_fragments)
        if target:
            return self.htmx_fragments[target]
        return super().get_template(request, *args, **kwargs)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        push_url = (getattr(response, "context_data", None) or {}).get("htmx_push_url")
        return finish_htmx_response(request, response, push_url)
