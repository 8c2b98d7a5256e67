"""A company's timeline: each opening year with how many of its rides opened then and the
tallest few of them, the rest one link away (the company's ride list filtered to that year).

The biggest manufacturer of the 100,000-ride benchmark made 2,765 rides: a timeline naming
every one was a fragment ten times as big as at 10,000 rides, sent with every response. Now
its size follows the number of years (a century at most), not the number of rides, and two
queries build it whatever the company's size.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, F, Window
from django.db.models.functions import ExtractYear, RowNumber

from companies.forms import UNKNOWN_YEAR

RIDES_PER_YEAR = 5
# The rides a year shows first: the tallest (roller coasters: only they have a height), then
# the rest by name; the primary key settles ties, so the same rides show on every render.
SHOWN_FIRST = [F("height_m").desc(nulls_last=True), F("title").asc(), F("pk").asc()]


@dataclass
class TimelineYear:
    """One opening year of a company's rides (`year` None: no known opening date)."""

    year: int | None
    count: int
    rides: list

    @property
    def more(self):
        """How many of the year's rides the timeline does not name."""
        return self.count - len(self.rides)

    @property
    def filter_value(self):
        """The `opened` value of the company's ride list for this year's rides."""
        return UNKNOWN_YEAR if self.year is None else self.year


def timeline(rides):
    """[TimelineYear] for `rides`, oldest first, the rides without an opening date last.

    One grouped query counts the rides of each year; a second reads at most RIDES_PER_YEAR
    rides of each (ROW_NUMBER() over the year, filtered outside it), with only what an entry
    shows (a title, a link, a status and the closing date).
    """
    year = ExtractYear("opening_date")
    counts = rides.order_by().annotate(year=year).values_list("year").annotate(n=Count("pk"))
    shown = defaultdict(list)
    for ride in shown_rides(rides, year):
        shown[ride.year].append(ride)
    return [
        TimelineYear(year=opened, count=count, rides=shown[opened])
        for opened, count in sorted(counts, key=lambda row: (row[0] is None, row[0]))
    ]


def shown_rides(rides, year):
    """The first RIDES_PER_YEAR of `rides` (in SHOWN_FIRST order) for each opening year."""
    return (
        rides.select_related(None)
        .annotate(
            year=year,
            place=Window(RowNumber(), partition_by=[year], order_by=SHOWN_FIRST),
        )
        .filter(place__lte=RIDES_PER_YEAR)
        .order_by("place")
        .only(
            "title",
            "url_path",
            "path",
            "depth",
            "status",
            "closing_date",
            "closing_date_precision",
        )
    )
