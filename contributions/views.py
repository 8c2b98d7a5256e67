"""Public views: "Suggest a correction" for a park or ride, and a page's history."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Page, Site
from wagtail.views import serve

from contributions.facts import facts_for
from contributions.forms import FILL_STAMP, SuggestionForm
from contributions.history import published_versions
from contributions.spam import RATE_LIMITED, over_rate_limit
from core.htmx import finish_htmx_response
from operations.fill_ins import CSRF_FILL_IN, placeholders

FORM_FRAGMENT = "contributions/includes/suggestion_form.html"


def _public_fact_page(queryset):
    """The live, unrestricted park or ride page of `queryset`, or 404."""
    page = queryset.live().public().specific().first()
    if page is None or not facts_for(page):
        raise Http404("No such park or ride.")
    return page


@never_cache
@require_http_methods(["GET", "POST"])
def suggest_correction(request, page_id):
    """The form, then the thanks. Honest mistakes get field errors (in place with htmx, a 400
    page without it); spam rules answer 400 and the rate limit 429, without saving anything.

    The form (full page or htmx fragment) is the same for every reader but for its CSRF token
    and fill stamp: when the page cache renders the copy it keeps for every anonymous reader,
    those two are placeholders, filled in for each response (operations.fill_ins). Otherwise
    (`never_cache`) the page is rendered for each request, with the values themselves.
    """
    page = _public_fact_page(Page.objects.filter(pk=page_id))
    kept_copy = placeholders(request, CSRF_FILL_IN, FILL_STAMP)
    status, sent = 200, False
    if request.method == "POST":
        form = SuggestionForm(request.POST, page=page)
        if form.is_valid():
            if over_rate_limit(request):
                form.add_error(None, RATE_LIMITED)
                status = 429
            else:
                form.save()
                sent = True
        else:
            status = 400 if form.is_spam or not request.htmx else 200
    else:
        form = SuggestionForm(page=page, started=kept_copy and kept_copy[FILL_STAMP])
    context = {"page": page, "form": form, "sent": sent}
    if kept_copy:
        context["csrf_token"] = kept_copy[CSRF_FILL_IN]  # over the csrf context processor's
    template = FORM_FRAGMENT if request.htmx else "contributions/suggest.html"
    response = render(request, template, context, status=status)
    return finish_htmx_response(request, response)


def page_history(request, path):
    """`<page url>history/` of a park or ride; any other path goes on to Wagtail."""
    site = Site.find_for_request(request)
    page = None
    if site is not None:
        url_path = site.root_page.url_path + path
        candidates = Page.objects.filter(url_path=url_path)
        child = Page.objects.filter(url_path=f"{url_path}history/")
        if not child.exists():  # a real page called "history" wins
            page = candidates.live().public().specific().first()
    if page is None or not facts_for(page):
        return serve(request, f"{path}history/")
    context = {"page": page, "versions": published_versions(page)}
    return render(request, "contributions/history.html", context)
