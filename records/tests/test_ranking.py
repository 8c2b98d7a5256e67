"""Ranks and record holders, checked against answers worked out by hand (no database)."""

import datetime

from django_countries import countries

from records.continents import CONTINENT_OF, Continent, continent_of
from records.ranking import Span, competition_ranks, holder_on, record_reigns


def d(year, month=1, day=1):
    return datetime.date(year, month, day)


def test_tied_rides_share_a_rank_and_the_next_rank_skips_their_places():
    assert competition_ranks([139, 120, 120, 94, 94, 94, 60]) == [1, 2, 2, 4, 4, 4, 7]
    assert competition_ranks([]) == []


def test_a_taller_ride_takes_the_record_when_it_opens():
    spans = [Span("a", "A", 50, d(1990)), Span("b", "B", 70, d(2000))]
    reigns = record_reigns(spans)
    assert [(r.ride, r.start, r.end) for r in reigns] == [
        ("A", d(1990), d(2000)),
        ("B", d(2000), None),
    ]


def test_a_closed_record_holder_gives_the_record_back_to_the_best_still_operating():
    spans = [
        Span("old", "Old", 60, d(1980)),
        Span("mid", "Mid", 65, d(1985)),
        Span("tall", "Tall", 90, d(1990), d(2005, 9, 1)),
    ]
    reigns = record_reigns(spans)
    assert [(r.ride, r.start, r.end) for r in reigns] == [
        ("Old", d(1980), d(1985)),
        ("Mid", d(1985), d(1990)),
        ("Tall", d(1990), d(2005, 9, 1)),
        ("Mid", d(2005, 9, 1), None),
    ]
    assert holder_on(reigns, d(2001)).ride == "Tall"
    assert holder_on(reigns, d(2024)).ride == "Mid"
    assert holder_on(reigns, d(1970)) is None


def test_a_tie_does_not_take_the_record_from_the_holder():
    spans = [Span("first", "First", 80, d(1995)), Span("second", "Second", 80, d(1999))]
    assert [r.ride for r in record_reigns(spans)] == ["First"]


def test_when_the_holder_closes_an_equal_ride_still_operating_takes_over():
    spans = [Span("first", "First", 80, d(1995), d(2001)), Span("second", "Second", 80, d(1999))]
    reigns = record_reigns(spans)
    assert [(r.ride, r.start) for r in reigns] == [("First", d(1995)), ("Second", d(2001))]


def test_a_relocated_ride_that_reopens_at_once_keeps_one_unbroken_reign():
    spans = [
        Span("ride", "Page at first park", 100, d(1990), d(2000, 3, 1)),
        Span("ride", "Page at second park", 100, d(2000, 3, 1)),
        Span("other", "Other", 40, d(1980)),
    ]
    reigns = record_reigns(spans)
    assert [(r.key, r.start, r.end) for r in reigns] == [
        ("other", d(1980), d(1990)),
        ("ride", d(1990), None),
    ]


def test_no_ride_operating_means_no_holder():
    spans = [Span("a", "A", 10, d(1950), d(1960)), Span("b", "B", 5, d(1970))]
    reigns = record_reigns(spans)
    assert [(r.ride, r.start, r.end) for r in reigns] == [
        ("A", d(1950), d(1960)),
        ("B", d(1970), None),
    ]


def test_every_country_django_countries_knows_has_a_continent():
    assert {code for code, _ in countries} <= set(CONTINENT_OF)
    assert continent_of("gb") == Continent.EUROPE
    assert continent_of("JP") == Continent.ASIA
    assert continent_of("") is None and continent_of("ZZ") is None
