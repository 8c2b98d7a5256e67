"""Timelines: what opened in a year (/new/<year>/), what closed (/closed/<year>/), and the
pipeline of announced and under-construction rides with their expected opening."""

import datetime

from django.core.paginator import Paginator
from django.db.models import F
from django.http import Http404
from django.views.decorators.http import require_GET

from parks.models import ParkPage, attach_parks
from records import queries
from records.continents import countries_in
from records.forms import EARLIEST_YEAR, TimelineFilterForm
from records.htmx import listing_response
from records.queries import NOT_YET_OPEN

PAGE_SIZE = 50
YEARS_AHEAD = 10  # announced openings reach a few years out


def checked_year(year):
    """The year from the URL, or 404 for one no ride could open or close in."""
    if not EARLIEST_YEAR <= year <= datetime.date.today().year + YEARS_AHEAD:
        raise Http404("No timeline for that year.")
    return year


def listed_rides(form, rides, ordering, page_number):
    """One page of rides (with their parks), filtered by the form, in a fixed query count."""
    values = form.values
    if values.get("category"):
        rides = rides.filter(category=values["category"])
    rides = queries.in_place(rides, values.get("country"), values.get("continent"))
    rides = rides.select_related("manufacturer").defer_streamfields().order_by(*ordering)
    page_obj = Paginator(rides, PAGE_SIZE).get_page(page_number)
    page_obj.object_list = attach_parks(page_obj.object_list)
    return page_obj


def listed_parks(form, parks):
    """Parks for the same timeline, unless the reader narrowed it to one ride category."""
    values = form.values
    if values.get("category"):
        return []
    if values.get("country"):
        parks = parks.filter(country=values["country"])
    if values.get("continent"):
        parks = parks.filter(country__in=countries_in(values["continent"]))
    return list(parks.defer_streamfields().order_by("opening_date", "title")[:PAGE_SIZE])


def timeline(request, *, title, description, rides, parks, ordering, kind, year=None):
    form = TimelineFilterForm(request.GET)
    page_obj = listed_rides(form, rides, ordering, request.GET.get("page"))
    push_url = request.path + form.querystring(page=page_obj.number > 1 and page_obj.number)
    context = {
        "form": form,
        "title": title,
        "description": description,
        "kind": kind,
        "year": year,
        "page_obj": page_obj,
        "rides": page_obj.object_list,
        "parks": listed_parks(form, parks),
        "breadcrumbs": [(title, request.path)],
    }
    return listing_response(
        request,
        "records/timeline.html",
        "records/includes/timeline_results.html",
        "timeline-results",
        context,
        push_url,
    )


def _live_parks():
    return ParkPage.objects.live().public()


@require_GET
def new_in_year(request, year):
    year = checked_year(year)
    return timeline(
        request,
        title=f"New for {year}",
        description=f"The parks and rides that opened, or are due to open, in {year}.",
        rides=queries.public_rides().filter(opening_date__year=year),
        parks=_live_parks().filter(opening_date__year=year),
        ordering=["opening_date", "title"],
        kind="new",
        year=year,
    )


@require_GET
def closed_in_year(request, year):
    year = checked_year(year)
    return timeline(
        request,
        title=f"Closed in {year}",
        description=f"The parks and rides that closed for good, or were relocated, in {year}.",
        rides=queries.public_rides().filter(closing_date__year=year),
        parks=_live_parks().filter(closing_date__year=year),
        ordering=["closing_date", "title"],
        kind="closed",
        year=year,
    )


@require_GET
def pipeline(request):
    return timeline(
        request,
        title="Coming soon",
        description="Announced and under-construction parks and rides, and when they should open.",
        rides=queries.public_rides().filter(status__in=NOT_YET_OPEN),
        parks=_live_parks().filter(status__in=NOT_YET_OPEN),
        ordering=[F("opening_date").asc(nulls_last=True), "title"],
        kind="pipeline",
    )
