"""The shapes the API returns, as pydantic schemas; the OpenAPI document is generated from them.

Metric values are stored; each one is paired with its imperial conversion, and every
measured field names its unit (height_m / height_ft, speed_kmh / speed_mph).
"""

import datetime

from ninja import Field, Schema


class Problem(Schema):
    """An RFC 9457 problem document (sent as application/problem+json)."""

    type: str = Field(description="A URI that names the kind of problem.")
    title: str
    status: int
    detail: str
    parameter: str | None = Field(None, description="The query parameter at fault, if any.")
    invalid_params: list[dict[str, str]] = Field(
        default_factory=list, description="Each parameter at fault: {name, reason}."
    )


class Index(Schema):
    """Where each resource lives, with the documentation and the data licence."""

    parks: str
    rides: str
    companies: str
    ride_models: str
    openapi: str
    docs: str
    downloads: str
    licence: str


class Link(Schema):
    """Another resource: its slug, its name and its address in this API."""

    slug: str
    name: str
    api_url: str


class Identifiers(Schema):
    wikidata: str | None = Field(None, description="Wikidata item, e.g. Q1061566.")
    rcdb: str | None = Field(None, description="Roller Coaster DataBase page number.")


class RideIdentifiers(Identifiers):
    captain_coaster: str | None = Field(None, description="Captain Coaster slug.")


class Company(Schema):
    slug: str
    name: str
    roles: list[str]
    website: str | None
    founded_year: int | None
    headquarters_country: str | None = Field(description="ISO 3166-1 alpha-2 code.")
    identifiers: Identifiers
    url: str = Field(description="The public page.")
    api_url: str
    parks_api_url: str = Field(description="Parks this company operates (list endpoint).")
    rides_api_url: str = Field(description="Rides this company manufactured (list endpoint).")


class RideModel(Schema):
    slug: str
    name: str
    category: str
    manufacturer: Link
    url: str
    api_url: str
    rides_api_url: str


class Park(Schema):
    slug: str
    name: str
    status: str
    park_type: str
    opening_date: datetime.date | None
    opening_date_precision: str
    closing_date: datetime.date | None
    closing_date_precision: str
    former_names: list[str]
    operator: Link | None
    property_owner: Link | None
    city: str
    region: str
    country: str = Field(description="ISO 3166-1 alpha-2 code.")
    latitude: float | None
    longitude: float | None
    website: str | None
    size_hectares: float | None
    size_acres: float | None
    ride_count: int
    roller_coaster_count: int
    identifiers: Identifiers
    url: str
    api_url: str
    rides_api_url: str


class Ride(Schema):
    slug: str
    name: str
    category: str
    status: str
    park: Link
    park_area: str | None
    opening_date: datetime.date | None
    opening_date_precision: str
    closing_date: datetime.date | None
    closing_date_precision: str
    former_names: list[str]
    manufacturer: Link | None
    designer: Link | None
    model: Link | None
    track_material: str | None
    coaster_type: str | None
    launch_type: str | None
    height_m: float | None
    height_ft: float | None
    drop_m: float | None
    drop_ft: float | None
    length_m: float | None
    length_ft: float | None
    speed_kmh: float | None
    speed_mph: float | None
    inversions: int | None
    max_vertical_angle_deg: float | None
    g_force: float | None
    trains: int | None
    cars_per_train: int | None
    riders_per_car: int | None
    min_height_cm: int | None
    min_height_in: float | None
    capacity_per_hour: int | None
    duration_s: int | None
    identifiers: RideIdentifiers
    url: str
    api_url: str


class Page(Schema):
    """One page of a list: follow `next` until it is null."""

    next: str | None = Field(description="The next page, or null on the last page.")
    previous: str | None = Field(description="The previous page, or null on the first page.")


class ParkPage(Page):
    results: list[Park]


class RidePage(Page):
    results: list[Ride]


class CompanyPage(Page):
    results: list[Company]


class RideModelPage(Page):
    results: list[RideModel]
