"""Query parameters of the list endpoints, and how each one narrows a queryset.

The choices are the public pages' own vocabularies (parks.models, rides.choices), so an
unknown value is a 400 naming the parameter rather than an empty list. Statistic ranges take
numbers only and years are four digits, so nothing a client sends can reach the database as
something it cannot compare.
"""

import datetime
from decimal import Decimal
from typing import Annotated, Literal

from ninja import Field, Schema

from api.cursor import SortField
from companies.identifiers import CAPTAIN_COASTER_PATTERN, RCDB_PATTERN, WIKIDATA_PATTERN
from companies.models import CompanyRole
from parks.models import ParkStatus, ParkType
from rides.choices import CoasterType, LaunchType, RideCategory, RideStatus, TrackMaterial

MAX_PAGE_SIZE = 100
SLUG = r"^[-a-zA-Z0-9_]+$"


def choice(choices):
    """A Literal type of a TextChoices' values (an enum in the OpenAPI document)."""
    return Literal[tuple(choices.values)]


def _orderings(fields):
    names = {}
    for name in fields:
        names[name] = name
        names[f"-{name}"] = name
    return names


Slug = Annotated[str, Field(pattern=SLUG, max_length=255)] | None
Year = Annotated[int, Field(ge=1000, le=9999, description="A four-digit year.")] | None
Measure = Annotated[float, Field(ge=0, le=100_000, allow_inf_nan=False)] | None


class PagingParams(Schema):
    """Parameters every list shares: paging and text search."""

    limit: int = Field(20, ge=1, le=MAX_PAGE_SIZE, description="Page size, 1 to 100.")
    cursor: str | None = Field(
        None, max_length=500, description="Opaque; take it from a `next` or `previous` link."
    )
    q: str | None = Field(None, max_length=200, description="Text search.")


class ListParams(PagingParams):
    """Lists of things other databases know too: filter by their identifiers there."""

    wikidata: str | None = Field(None, pattern=WIKIDATA_PATTERN, description="Wikidata ID.")
    rcdb: str | None = Field(None, pattern=RCDB_PATTERN, description="RCDB ID.")


class HistoryParams(ListParams):
    opened_after: Year = None
    opened_before: Year = None
    closed_after: Year = None
    closed_before: Year = None


PARK_SORTS = _orderings(["name", "opened", "size_hectares"])
RIDE_STATISTICS = {
    "height_m": Decimal,
    "drop_m": Decimal,
    "length_m": Decimal,
    "speed_kmh": Decimal,
    "inversions": int,
    "max_vertical_angle_deg": Decimal,
    "g_force": Decimal,
    "min_height_cm": int,
    "capacity_per_hour": int,
    "duration_s": int,
}
RANGES = [f"{name}__{bound}" for name in RIDE_STATISTICS for bound in ("gte", "lte")]
RIDE_SORTS = _orderings(["name", "opened", *RIDE_STATISTICS])
SORT_FIELDS = {
    "name": SortField("title"),
    "opened": SortField("opening_date", datetime.date),
    "size_hectares": SortField("size_hectares", Decimal),
    **{name: SortField(name, kind) for name, kind in RIDE_STATISTICS.items()},
}
# Companies and ride models are named by `name`, not a page title.
NAME_SORT = SortField("name")


class ParkParams(HistoryParams):
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$", description="ISO country code.")
    status: choice(ParkStatus) | None = None
    park_type: choice(ParkType) | None = None
    operator: Slug = None
    ordering: Literal[tuple(PARK_SORTS)] = "name"


class RideParams(HistoryParams):
    category: choice(RideCategory) | None = None
    status: choice(RideStatus) | None = None
    manufacturer: Slug = None
    designer: Slug = None
    model: Slug = None
    park: Slug = None
    track_material: choice(TrackMaterial) | None = None
    coaster_type: choice(CoasterType) | None = None
    launch_type: choice(LaunchType) | None = None
    captain_coaster: str | None = Field(None, pattern=CAPTAIN_COASTER_PATTERN, max_length=255)
    ordering: Literal[tuple(RIDE_SORTS)] = "name"
    height_m__gte: Measure = None
    height_m__lte: Measure = None
    drop_m__gte: Measure = None
    drop_m__lte: Measure = None
    length_m__gte: Measure = None
    length_m__lte: Measure = None
    speed_kmh__gte: Measure = None
    speed_kmh__lte: Measure = None
    inversions__gte: Measure = None
    inversions__lte: Measure = None
    max_vertical_angle_deg__gte: Measure = None
    max_vertical_angle_deg__lte: Measure = None
    g_force__gte: Measure = None
    g_force__lte: Measure = None
    min_height_cm__gte: Measure = None
    min_height_cm__lte: Measure = None
    capacity_per_hour__gte: Measure = None
    capacity_per_hour__lte: Measure = None
    duration_s__gte: Measure = None
    duration_s__lte: Measure = None


class CompanyParams(ListParams):
    role: choice(CompanyRole) | None = None
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$", description="Headquarters.")
    ordering: Literal["name", "-name"] = "name"


class RideModelParams(PagingParams):
    manufacturer: Slug = None
    category: choice(RideCategory) | None = None
    ordering: Literal["name", "-name"] = "name"


def history_filters(params):
    """ORM lookups for opened/closed before/after a year (each bound is exclusive)."""
    lookups = {}
    for event, field in (("opened", "opening_date"), ("closed", "closing_date")):
        if (year := getattr(params, f"{event}_after")) is not None:
            lookups[f"{field}__gte"] = datetime.date(year + 1, 1, 1) if year < 9999 else None
        if (year := getattr(params, f"{event}_before")) is not None:
            lookups[f"{field}__lt"] = datetime.date(year, 1, 1)
    if None in lookups.values():  # "after 9999": nothing can match
        return {"pk__in": []}
    return lookups


def range_filters(params):
    """ORM lookups for the statistic ranges that were given."""
    return {
        name: Decimal(str(value)) for name in RANGES if (value := getattr(params, name)) is not None
    }


def identifier_filters(params):
    lookups = {}
    if params.wikidata:
        lookups["wikidata_id"] = params.wikidata
    if params.rcdb:
        lookups["rcdb_id"] = params.rcdb
    if getattr(params, "captain_coaster", None):
        lookups["captain_coaster_slug"] = params.captain_coaster
    return lookups
