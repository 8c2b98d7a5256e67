"""Public search. This first version searches live park and ride pages with the configured
backend; the search issue adds filters, autocomplete and the Elasticsearch fallback."""

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

from parks.models import ParkPage
from rides.models import RidePage
from search.query import normalise_query


def search(request):
    query = normalise_query(request.GET.get("q", ""))
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().type(ParkPage, RidePage).specific().search(query)
    page_obj = Paginator(results, 20).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"query": query, "page_obj": page_obj})
