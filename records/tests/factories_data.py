"""Small hand-checkable coaster data shared by the records tests."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from operations.cache import bump_content_version
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory, RidePageFactory


def d(year, month=1, day=1):
    return datetime.date(year, month, day)


def build_coasters(park_index):
    """Seven coasters in three parks (two in the US, one in Germany) and a flat ride.

    height (m): Tall 120 (closed 2005) · Twin A 94 · Twin B 94 · Wooden 60 (DE) ·
    Moved 80 (first page relocated in 2010, reopened 2011 elsewhere) · Unknown (no height).
    """
    ohio = ParkPageFactory(parent=park_index, title="Ohio Park", country="US")
    texas = ParkPageFactory(parent=park_index, title="Texas Park", country="US")
    german = ParkPageFactory(parent=park_index, title="German Park", country="DE")
    rides = {
        "tall": CoasterPageFactory(
            parent=ohio,
            title="Tall",
            height_m="120",
            opening_date=d(1995),
            closing_date=d(2005, 9, 1),
            status="demolished",
        ),
        "twin_a": CoasterPageFactory(
            parent=ohio, title="Twin A", height_m="94", opening_date=d(2000)
        ),
        "twin_b": CoasterPageFactory(
            parent=texas, title="Twin B", height_m="94", opening_date=d(2003)
        ),
        "wooden": CoasterPageFactory(
            parent=german,
            title="Wooden",
            track_material="wood",
            height_m="60",
            opening_date=d(1990),
        ),
        "unknown": CoasterPageFactory(
            parent=texas, title="Unknown", height_m=None, opening_date=d(2010)
        ),
        "moved_before": CoasterPageFactory(
            parent=ohio,
            title="Moved (first home)",
            height_m="80",
            opening_date=d(1985),
            closing_date=d(2010, 10, 1),
            status="relocated",
        ),
    }
    rides["moved_after"] = CoasterPageFactory(
        parent=texas,
        title="Moved",
        height_m="80",
        opening_date=d(2011, 5, 1),
        relocated_from=rides["moved_before"],
    )
    rides["flat"] = RidePageFactory(parent=ohio, title="Flat", opening_date=d(1999))
    return rides


def uncached_queries(client, url):
    """Queries of one request whose cached fragments are stale (as after a publish), after a
    warm-up request: what a reader pays the first time, without the fragment cache's help."""
    client.get(url)
    bump_content_version()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)
