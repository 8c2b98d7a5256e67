"""Database reads behind the records, census and timeline pages.

Every function returns a queryset or a few rows whose query count does not grow with the
data: park facts (country) are joined by tree path, never fetched per ride.
"""

import datetime

from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Length, Substr

from parks.models import ParkPage
from records.continents import countries_in
from records.ranking import Span
from rides.choices import RideCategory, RideStatus
from rides.models import RidePage

# A ride in one of these states without a closing date cannot be placed in time.
ENDED_STATUSES = {
    RideStatus.SBNO,
    RideStatus.CLOSED_PERMANENTLY,
    RideStatus.RELOCATED,
    RideStatus.DEMOLISHED,
}
NOT_YET_OPEN = {RideStatus.ANNOUNCED, RideStatus.UNDER_CONSTRUCTION}


def park_path():
    """A ride's parent park's tree path: rides always stand directly under their park."""
    return Substr("path", 1, Length("path") - ParkPage.steplen)


def park_country():
    """The country code of each ride's park, as a subquery on the park's unique path."""
    parks = ParkPage.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - ParkPage.steplen)
    )
    return Subquery(parks.values("country")[:1])


def public_rides():
    return RidePage.objects.live().public()


def in_place(rides, country=None, continent=None):
    """Rides whose park is in the country, or on the continent."""
    if not (country or continent):
        return rides
    rides = rides.annotate(park_country=park_country())
    if country:
        rides = rides.filter(park_country=country)
    if continent:
        rides = rides.filter(park_country__in=countries_in(continent))
    return rides


def coasters(filters):
    """Live roller coasters narrowed by the records filters (everything but status/year)."""
    rides = public_rides().filter(category=RideCategory.ROLLER_COASTER)
    for name in ("track_material", "coaster_type", "launch_type"):
        if filters.get(name):
            rides = rides.filter(**{name: filters[name]})
    return in_place(rides, filters.get("country"), filters.get("continent"))


def without_moved_pages(rides):
    """Leave out a relocated ride's earlier page when its later page is live: one ride,
    counted once, under its current home."""
    moved = RidePage.objects.live().filter(relocated_from__isnull=False).values("relocated_from")
    return rides.exclude(pk__in=moved)


def operating_at(rides, year):
    """Rides whose dates say they operated on the last day of `year`."""
    end = datetime.date(year, 12, 31)
    return (
        rides.filter(opening_date__lte=end)
        .exclude(closing_date__lte=end)
        .exclude(closing_date__isnull=True, status__in=ENDED_STATUSES)
    )


def ranked_rides(rides, field, limit):
    """The best `limit` rides with the statistic, best first (ties: earlier opening first)."""
    return (
        rides.filter(**{f"{field}__isnull": False})
        .order_by(F(field).desc(), F("opening_date").asc(nulls_last=True), "title")
        .defer_streamfields()
        .select_related("manufacturer")[:limit]
    )


def history_spans(rides, field, today):
    """Spans (records.ranking.Span) of every ride with the statistic and known dates.

    Rides without an opening date, not yet open, or closed without a closing date are left
    out; both pages of a relocated ride share the key of the first page in their chain.
    """
    rows = rides.filter(**{f"{field}__isnull": False}, opening_date__lte=today).values_list(
        "pk", field, "opening_date", "closing_date", "status"
    )
    earlier = dict(
        RidePage.objects.filter(relocated_from__isnull=False).values_list("pk", "relocated_from")
    )
    spans = []
    for pk, value, opened, closed, status in rows:
        if status in NOT_YET_OPEN or (closed is None and status in ENDED_STATUSES):
            continue
        spans.append(Span(first_in_chain(pk, earlier), pk, value, opened, closed))
    return spans


def first_in_chain(pk, earlier):
    """Follow `relocated_from` links back to a ride's first page (cycles stop the walk)."""
    seen = {pk}
    while earlier.get(pk) and earlier[pk] not in seen:
        pk = earlier[pk]
        seen.add(pk)
    return pk


def statistic_counts(rides, field):
    """{"total": rides, "known": rides with the statistic filled in}: one query."""
    return rides.aggregate(total=Count("pk"), known=Count(field))
