"""Models to API dictionaries (the shapes in api/schemas.py).

Every link is absolute, built from the request, so a client can follow it as it is.
"""

from decimal import Decimal
from urllib.parse import urlencode

from core.page_urls import request_page_url
from rides.models import RidePage
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


def company_link(request, company):
    if company is None:
        return None
    return {
        "slug": company.slug,
        "name": company.name,
        "api_url": api_url(request, f"companies/{company.slug}/"),
    }


def park_link(request, park):
    return {
        "slug": park.slug,
        "name": park.title,
        "api_url": api_url(request, f"parks/{park.slug}/"),
    }


def ride_model_link(request, model):
    if model is None:
        return None
    return {
        "slug": model.slug,
        "name": model.name,
        "api_url": api_url(request, f"ride-models/{model.slug}/"),
    }


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


# What `ride` reads, for `.only()`: loading whole pages (some 80 columns and four related
# objects per row) was most of the time of a list of 50 rides.
RIDE_FIELDS = (
    *("slug", "title", "path", "url_path", "category", "status", "park_area__name"),
    *("opening_date", "opening_date_precision", "closing_date", "closing_date_precision"),
    "former_names",
    *(f"{related}__{field}" for related in RELATED for field in ("slug", "name")),
    *RidePage.COASTER_FIELDS,
    *("min_height_cm", "capacity_per_hour", "duration_s"),
    *("wikidata_id", "rcdb_id", "captain_coaster_slug"),
)


def ride(request, page):
    """A ride; `page.park_page` must be set (rides.models.attach_parks)."""
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
    return {
        "slug": page.slug,
        "name": page.title,
        "category": page.category,
        "status": page.status,
        "park": park_link(request, park_page),
        "park_area": page.park_area.name if page.park_area_id else None,
        **history_fields(page),
        "manufacturer": company_link(request, page.manufacturer),
        "designer": company_link(request, page.designer),
        "model": ride_model_link(request, page.ride_model),
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
