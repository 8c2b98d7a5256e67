"""/records/ (the top rides per statistic and the record holders through time) and /stats/."""

import datetime

from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_GET

from parks.models import attach_parks
from records import queries
from records.census import park_census, ride_census
from records.forms import CensusFilterForm, RecordsFilterForm
from records.htmx import listing_response
from records.ranking import competition_ranks, record_reigns
from rides.models import RidePage

TOP = 50
# How long a results fragment is kept. A publish changes the content version and so the key, and
# the records fragment's key has the day in it, so nothing kept goes stale; a long life spares
# readers a recomputation (0.8 s at 100,000 rides) every few minutes. Kept as long as the values
# `per_content_version` keeps.
RESULTS_SECONDS = 24 * 3600


def lazy(function, *args):
    """Computed only if the template renders it: a cached results fragment skips the queries
    (templates/records/includes/*_results.html cache under the content version)."""
    return SimpleLazyObject(lambda: function(*args))


def today():
    """The day the reigns run to; the records fragment is kept per day, so both read it here."""
    return datetime.date.today()


def ranked_rows(rides, statistic):
    """Rows of the top list: rank (ties share it), ride (with park_page), value text."""
    rides = attach_parks(queries.ranked_rides(rides, statistic.field, TOP))
    values = [getattr(ride, statistic.field) for ride in rides]
    return [
        {
            "rank": rank,
            "ride": ride,
            "metric": statistic.metric(value),
            "imperial": statistic.imperial(value),
        }
        for rank, ride, value in zip(competition_ranks(values), rides, values, strict=True)
    ]


def reigns_with_pages(rides, statistic):
    """Record holders through time, newest first, each with its ride page (one query)."""
    reigns = record_reigns(queries.history_spans(rides, statistic.field, today()))
    pages = {
        page.pk: page
        for page in attach_parks(
            RidePage.objects.filter(pk__in={r.ride for r in reigns}).defer_streamfields()
        )
    }
    return [
        {"reign": reign, "ride": pages[reign.ride], "metric": statistic.metric(reign.value)}
        for reign in reversed(reigns)
        if reign.ride in pages
    ]


def ranked_scope(form, coasters):
    """The rides the top list ranks: operating now, operating at the end of a year, or all.

    By a year, dates decide, and they already put a relocated ride in one park at a time.
    """
    year = form.values.get("year")
    if year:
        return queries.operating_at(coasters, year)
    if form.values.get("status") == "all":
        return queries.without_moved_pages(coasters)
    return coasters.filter(status="operating")


@require_GET
def records(request):
    form = RecordsFilterForm(request.GET)
    statistic = form.statistic
    # Lazy too: `.public()` reads the view restrictions as soon as it is called, a query a
    # cached results fragment does not need.
    coasters = SimpleLazyObject(lambda: queries.coasters(form.values))
    scope = SimpleLazyObject(lambda: ranked_scope(form, coasters))
    context = {
        "form": form,
        "statistic": statistic,
        "rows": lazy(ranked_rows, scope, statistic),
        "counts": lazy(queries.statistic_counts, scope, statistic.field),
        "reigns": lazy(reigns_with_pages, coasters, statistic),
        "top": TOP,
        "results_seconds": RESULTS_SECONDS,
        "results_day": today().isoformat(),
        "breadcrumbs": [("Records", request.path)],
    }
    return listing_response(
        request,
        "records/records.html",
        "records/includes/records_results.html",
        "records-results",
        context,
        request.path + form.querystring(),
    )


def full_census(filters):
    """{"sections": [Census], "years": [(year, rides)]} for /stats/."""
    ride_sections, years = ride_census(filters)
    return {"sections": park_census(filters) + ride_sections, "years": years}


@require_GET
def census(request):
    form = CensusFilterForm(request.GET)
    context = {
        "form": form,
        "census": lazy(full_census, form.values),
        "results_seconds": RESULTS_SECONDS,
        "breadcrumbs": [("Census", request.path)],
    }
    return listing_response(
        request,
        "records/census.html",
        "records/includes/census_results.html",
        "census-results",
        context,
        request.path + form.querystring(),
    )
