"""Building a company's rides and reading its page, for the company page tests."""

import datetime

from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory


def build(park_index, maker, rides=3):
    """`rides` coasters by `maker` in a new park, opened in 2000 and 2001 in turn; every third
    one demolished (in 2010)."""
    park = ParkPageFactory(parent=park_index)
    for n in range(rides):
        CoasterPageFactory(
            parent=park,
            manufacturer=maker,
            title=f"{maker.name} ride {n}",
            opening_date=datetime.date(2000 + n % 2, 5, 1),
            status="operating" if n % 3 else "demolished",
            closing_date=None if n % 3 else datetime.date(2010, 1, 1),
        )


def rides_section(html):
    """The company's list of rides (the htmx-swapped fragment) in a full page."""
    return html.split('id="company-rides"', 1)[1].split('id="timeline-heading"', 1)[0]


def timeline_section(html):
    return html.split('id="timeline-heading"', 1)[1].split("</section>", 1)[0]


def timeline_queries(queries):
    """The timeline's queries among `queries` (captured): the rides counted per opening year
    (grouped by the year of their opening date) and a few of each year read (numbered within
    their year)."""
    return [
        query
        for query in queries
        if "ROW_NUMBER" in query["sql"]
        or ("GROUP BY" in query["sql"] and "opening_date" in query["sql"])
    ]
