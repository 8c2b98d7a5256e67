"""Models to API dictionaries (the shapes in api/schemas.py).

Every link is absolute, built from the request, so a client can follow it as it is.
"""

from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlencode

from django.db.models.query import ValuesIterable

from companies.models import Company
from companies.names import slugs_and_names
from core.models.mixins import OperatingHistory
from core.page_urls import request_page_url
from rides.models import RideModel, RidePage
from rides.units import to_imperial

API_ROOT = "/api/v1/"
ACRES_PER_HECTARE = Decimal("2.47105")
RELATED = ("manufacturer", "designer", "ride_model")  # what a ride links to by slug and name


def api_url(request, path, **query):
    query = {key: value for key, value in query.items() if value is not None}
    suffix = f"?{urlencode(query)}" if query else ""
    return request.build_absolute_uri(f"{API_ROOT}{path}{suffix}")


def _number(value):
    return None if value is None else float(value)


def _imperial(value, unit):
    return None if value is None else float(to_imperial(value, unit))


def _text(value):
    return value or None


def _identifiers(obj):
    return {"wikidata": _text(obj.wikidata_id), "rcdb": _text(obj.rcdb_id)}


def named_link(request, collection, slug_and_name):
    """{slug, name, api_url} of an object in `collection` (companies, ride-models), or None."""
    if slug_and_name is None:
        return None
    slug, name = slug_and_name
    return {"slug": slug, "name": name, "api_url": api_url(request, f"{collection}/{slug}/")}


def company_link(request, company):
    return named_link(request, "companies", company and (company.slug, company.name))


def park_link(request, park):
    return named_link(request, "parks", (park.slug, park.title))


def history_fields(page):
    """Dates and former names, shared by the API's answers and the bulk downloads."""
    return {
        "opening_date": page.opening_date,
        "opening_date_precision": page.opening_date_precision,
        "closing_date": page.closing_date,
        "closing_date_precision": page.closing_date_precision,
        "former_names": page.former_names_list,
    }


def page_url(request, page):
    return request.build_absolute_uri(request_page_url(request, page))


def park(request, page):
    size = page.size_hectares
    return {
        "slug": page.slug,
        "name": page.title,
        "status": page.status,
        "park_type": page.park_type,
        **history_fields(page),
        "operator": company_link(request, page.operator),
        "property_owner": company_link(request, page.property_owner),
        "city": page.city,
        "region": page.region,
        "country": page.country.code,
        "latitude": _number(page.latitude),
        "longitude": _number(page.longitude),
        "website": _text(page.website),
        "size_hectares": _number(size),
        "size_acres": None if size is None else round(float(size * ACRES_PER_HECTARE), 1),
        "ride_count": page.ride_count,
        "roller_coaster_count": page.coaster_count,
        "identifiers": _identifiers(page),
        "url": page_url(request, page),
        "api_url": api_url(request, f"parks/{page.slug}/"),
        "rides_api_url": api_url(request, "rides/", park=page.slug),
    }


# What `ride` reads, for `.values()`: loading whole pages (some 80 columns and four related
# objects per row) was most of the time of a list of 50 rides. The companies and the model
# come from `ReferenceNames` and the park area's name from the `park_area_name` annotation,
# so the query joins one table, not five (and is planned in a fifth of the time).
RIDE_FIELDS = (
    *("slug", "title", "path", "url_path", "category", "status"),
    *("opening_date", "opening_date_precision", "closing_date", "closing_date_precision"),
    "former_names",
    *(f"{related}_id" for related in RELATED),
    *RidePage.COASTER_FIELDS,
    *("min_height_cm", "capacity_per_hour", "duration_s"),
    *("wikidata_id", "rcdb_id", "captain_coaster_slug"),
)


class RideRow:
    """A ride as `ride` reads it: the values of `RIDE_FIELDS` as attributes, without a page
    object (building 51 of those, through Wagtail's and modelcluster's constructors, was the
    largest part of a list of 50 rides after its query)."""

    former_names_list = property(OperatingHistory.former_names_list.fget)

    def __init__(self, values):
        self.__dict__.update(values)


class RideRows(ValuesIterable):
    """Yields a RideRow per row of a `.values()` queryset."""

    def __iter__(self):
        return map(RideRow, super().__iter__())


@dataclass(frozen=True)
class ReferenceNames:
    """{pk: (slug, name)} of every company and ride model: what a ride's links name."""

    companies: dict
    ride_models: dict

    @classmethod
    def load(cls):
        return cls(
            companies=slugs_and_names(Company.objects.all()),
            ride_models=slugs_and_names(RideModel.objects.all()),
        )


def ride(request, page, names):
    """A ride from a RideRow (or page) of `RIDE_FIELDS` with `park_area_name`; `page.park_page`
    must be set (rides.models.attach_parks) and `names` is the ReferenceNames of its links."""
    statistics = {}
    for name, unit, imperial in (
        ("height_m", "m", "height_ft"),
        ("drop_m", "m", "drop_ft"),
        ("length_m", "m", "length_ft"),
        ("speed_kmh", "km/h", "speed_mph"),
        ("min_height_cm", "cm", "min_height_in"),
    ):
        value = getattr(page, name)
        statistics[name] = _number(value)
        statistics[imperial] = _imperial(value, unit)
    for name in ("max_vertical_angle_deg", "g_force"):
        statistics[name] = _number(getattr(page, name))
    for name in ("inversions", "trains", "cars_per_train", "riders_per_car"):
        statistics[name] = getattr(page, name)
    park_page = page.park_page
    companies = names.companies
    return {
        "slug": page.slug,
        "name": page.title,
        "category": page.category,
        "status": page.status,
        "park": park_link(request, park_page),
        "park_area": page.park_area_name,
        **history_fields(page),
        "manufacturer": named_link(request, "companies", companies.get(page.manufacturer_id)),
        "designer": named_link(request, "companies", companies.get(page.designer_id)),
        "model": named_link(request, "ride-models", names.ride_models.get(page.ride_model_id)),
        "track_material": _text(page.track_material),
        "coaster_type": _text(page.coaster_type),
        "launch_type": _text(page.launch_type),
        **statistics,
        "capacity_per_hour": page.capacity_per_hour,
        "duration_s": page.duration_s,
        "identifiers": {**_identifiers(page), "captain_coaster": _text(page.captain_coaster_slug)},
        "url": page_url(request, page),
        "api_url": api_url(request, f"rides/{park_page.slug}/{page.slug}/"),
    }


def company(request, obj):
    return {
        "slug": obj.slug,
        "name": obj.name,
        "roles": [str(role) for role in obj.roles],
        "website": _text(obj.website),
        "founded_year": obj.founded_year,
        "headquarters_country": _text(obj.headquarters_country.code),
        "identifiers": _identifiers(obj),
        "url": request.build_absolute_uri(obj.get_absolute_url()),
        "api_url": api_url(request, f"companies/{obj.slug}/"),
        "parks_api_url": api_url(request, "parks/", operator=obj.slug),
        "rides_api_url": api_url(request, "rides/", manufacturer=obj.slug),
    }


def ride_model(request, obj):
    return {
        "slug": obj.slug,
        "name": obj.name,
        "category": obj.category,
        "manufacturer": company_link(request, obj.manufacturer),
        "url": request.build_absolute_uri(obj.get_absolute_url()),
        "api_url": api_url(request, f"ride-models/{obj.slug}/"),
        "rides_api_url": api_url(request, "rides/", model=obj.slug),
    }
