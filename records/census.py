"""The counts behind /stats/: parks and rides by country, continent, manufacturer, category,
status and opening year. A fixed number of grouped queries, whatever the size of the data."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django_countries import countries

from parks.models import ParkPage, ParkStatus
from records import queries
from records.charts import bar_chart
from records.continents import Continent, continent_of, countries_in
from rides.choices import RideCategory, RideStatus


@dataclass
class Census:
    """One counted breakdown: its heading, (label, count) rows in reading order, and links."""

    key: str
    title: str
    noun: str
    rows: list
    links: dict = field(default_factory=dict)

    @property
    def chart(self):
        return bar_chart(self.rows)

    @property
    def table_rows(self):
        """(label, count, link or "") for the table beside the chart."""
        return [(label, count, self.links.get(label, "")) for label, count in self.rows]

    @property
    def total(self):
        return sum(count for _, count in self.rows)


def _labelled(counts, labels):
    """Rows in the order of `labels` (a choices list), leaving out zero counts."""
    return [(label, counts[value]) for value, label in labels if counts.get(value)]


def _by_country(country_counts):
    rows = sorted(
        ((countries.name(code), n) for code, n in country_counts.items() if code),
        key=lambda row: (-row[1], row[0]),
    )
    continents = Counter()
    for code, n in country_counts.items():
        continents[continent_of(code)] += n
    return rows, _labelled(continents, Continent.choices)


def park_census(filters):
    parks = ParkPage.objects.live().public()
    if filters.get("country"):
        parks = parks.filter(country=filters["country"])
    if filters.get("continent"):
        parks = parks.filter(country__in=countries_in(filters["continent"]))
    parks = parks.order_by()
    by_country = dict(parks.values_list("country").annotate(n=Count("pk")))
    statuses = dict(parks.values_list("status").annotate(n=Count("pk")))
    country_rows, continent_rows = _by_country(by_country)
    return [
        Census("parks-continent", "Parks by continent", "parks", continent_rows),
        Census("parks-country", "Parks by country", "parks", country_rows),
        Census("parks-status", "Parks by status", "parks", _labelled(statuses, ParkStatus.choices)),
        Census("parks-decade", "Parks by opening decade", "parks", _decades(_years(parks))),
    ]


def _years(pages):
    """{opening year: count} of pages with a known opening date: one grouped query."""
    pages = pages.exclude(opening_date=None).annotate(year=ExtractYear("opening_date"))
    return dict(pages.values_list("year").annotate(n=Count("pk")))


def _decades(years):
    """[("1990s", count)] from {year: count}, oldest first."""
    decades = Counter()
    for year, n in years.items():
        decades[f"{year // 10 * 10}s"] += n
    return sorted(decades.items())


def ride_census(filters):
    rides = queries.public_rides()
    if filters.get("category"):
        rides = rides.filter(category=filters["category"])
    placed = queries.in_place(rides, filters.get("country"), filters.get("continent")).order_by()
    park_countries = dict(ParkPage.objects.values_list("path", "country"))
    by_park = rides.order_by().annotate(park=queries.park_path()).values_list("park")
    by_country = Counter()
    for path, n in by_park.annotate(n=Count("pk")):
        code = park_countries.get(path, "")
        if _in_place(code, filters):
            by_country[code] += n
    country_rows, continent_rows = _by_country(by_country)
    makers = placed.values_list("manufacturer__name", "manufacturer__slug").annotate(n=Count("pk"))
    makers = sorted(makers.exclude(manufacturer=None), key=lambda row: (-row[2], row[0]))
    years = _years(placed)
    return [
        Census("rides-continent", "Rides by continent", "rides", continent_rows),
        Census("rides-country", "Rides by country", "rides", country_rows),
        Census(
            "rides-manufacturer",
            "Rides by manufacturer",
            "rides",
            [(name, n) for name, _, n in makers],
            links={name: f"/companies/{slug}/" for name, slug, _ in makers},
        ),
        Census(
            "rides-category",
            "Rides by category",
            "rides",
            _labelled(
                dict(placed.values_list("category").annotate(n=Count("pk"))), RideCategory.choices
            ),
        ),
        Census(
            "rides-status",
            "Rides by status",
            "rides",
            _labelled(
                dict(placed.values_list("status").annotate(n=Count("pk"))), RideStatus.choices
            ),
        ),
        Census("rides-decade", "Rides by opening decade", "rides", _decades(years)),
    ], sorted(years.items())


def _in_place(code, filters):
    if filters.get("country") and code != filters["country"]:
        return False
    return not filters.get("continent") or continent_of(code) == filters["continent"]
