"""The API's endpoints: a list and a detail for parks, rides, companies and ride models."""

from collections import namedtuple

import orjson
from django.db.models import F, Q
from django.http import HttpResponse
from django.urls import reverse
from django_countries import countries
from ninja import Query, Router

from api import represent
from api.cursor import CursorError, decode, paginate
from api.export import LICENCE
from api.filters import (
    NAME_SORT,
    PARK_SORTS,
    RIDE_SORTS,
    SORT_FIELDS,
    CompanyParams,
    ParkParams,
    RideModelParams,
    RideParams,
    history_filters,
    identifier_filters,
    range_filters,
)
from api.problems import ApiProblem, invalid_parameter
from api.querysets import public_companies, public_parks, public_ride_models
from api.schemas import (
    Company,
    CompanyPage,
    Index,
    Park,
    ParkPage,
    Problem,
    Ride,
    RideModel,
    RideModelPage,
    RidePage,
)
from api.search import matching_pks
from companies.models import ROLE_FLAGS, CompanyRole
from companies.models import Company as CompanyModel
from operations.cache import per_content_version
from parks.models import ParkPage as ParkPageModel
from rides.models import RideModel as RideModelModel
from rides.models import RidePage as RidePageModel

router = Router()
# What a ride's answer says about its park (represent.park_link).
ParkLink = namedtuple("ParkLink", ["slug", "title"])
LIST_ERRORS = {400: Problem, 429: Problem}
DETAIL_ERRORS = {404: Problem, 400: Problem, 429: Problem}


def reject_unknown(request, params_schema):
    """A misspelt filter must not silently return everything: 400 naming it."""
    known = set(params_schema.model_fields)
    for name in request.GET:
        if name not in known:
            raise invalid_parameter(name, f"Unknown parameter {name!r}.")


def resolve(model, parameter, slug):
    """The primary key of the object with this slug; 400 naming the parameter if none."""
    pk = model.objects.filter(slug=slug).values_list("pk", flat=True).first()
    if pk is None:
        raise invalid_parameter(parameter, f"No {model._meta.verbose_name} has the slug {slug!r}.")
    return pk


def not_found(what, slug):
    return ApiProblem(404, "not-found", "Not found", f"No published {what} has the slug {slug!r}.")


def search(queryset, model, q):
    """Narrow `queryset` to the live, public pages of `model` matching `q` (if given).

    The searchable set is built only for a search: `.public()` reads the view restrictions
    as soon as it is called, a query a plain list does not need."""
    if not q:
        return queryset
    pks = matching_pks(model.objects.live().public(), q)
    return queryset if pks is None else queryset.filter(pk__in=pks)


def list_page(request, queryset, params, sort, render):
    """One cursor page of `queryset` in `sort` order as {next, previous, results}."""
    cursor = None
    if params.cursor:
        try:
            cursor = decode(params.cursor, params.ordering, sort)
        except CursorError:
            raise invalid_parameter(
                "cursor", "This cursor is malformed or was made for another ordering."
            ) from None
    rows, next_cursor, previous_cursor = paginate(
        queryset, ordering=params.ordering, sort=sort, cursor=cursor, size=params.limit
    )

    def link(value):
        if value is None:
            return None
        query = request.GET.copy()
        query["cursor"] = value
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return answer(
        {"next": link(next_cursor), "previous": link(previous_cursor), "results": render(rows)}
    )


def answer(data):
    """`data` as the JSON body of a 200, without a second pass through the response schema.

    The represent functions build exactly the documented shapes (api/tests/test_schemas.py
    holds each one to its schema); validating a page of 50 rides again with pydantic on every
    request cost a quarter of the list's time. django-ninja sends an HttpResponse as it is.
    """
    return HttpResponse(orjson.dumps(data), content_type="application/json; charset=utf-8")


def country_code(parameter, value):
    code = value.upper()
    if code not in countries:
        raise invalid_parameter(parameter, f"{value!r} is not an ISO 3166-1 country code.")
    return code


@router.get("/", response={200: Index, 429: Problem}, tags=["index"])
def index(request):
    """The API's entry point: a link to each list, the documentation and the licence."""
    return {
        "parks": represent.api_url(request, "parks/"),
        "rides": represent.api_url(request, "rides/"),
        "companies": represent.api_url(request, "companies/"),
        "ride_models": represent.api_url(request, "ride-models/"),
        "openapi": represent.api_url(request, "openapi.json"),
        "docs": represent.api_url(request, "docs/"),
        "downloads": request.build_absolute_uri(reverse("open_data")),
        "licence": LICENCE["url"],
    }


@router.get("/parks/", response={200: ParkPage, **LIST_ERRORS}, tags=["parks"])
def list_parks(request, params: Query[ParkParams]):
    """Live parks, filtered and sorted like /parks/; follow `next` for more."""
    reject_unknown(request, ParkParams)
    parks = public_parks().filter(**history_filters(params), **identifier_filters(params))
    for name in ("status", "park_type"):
        if (value := getattr(params, name)) is not None:
            parks = parks.filter(**{name: value})
    if params.country:
        parks = parks.filter(country=country_code("country", params.country))
    if params.operator:
        parks = parks.filter(operator_id=resolve(CompanyModel, "operator", params.operator))
    parks = search(parks, ParkPageModel, params.q)
    sort = SORT_FIELDS[PARK_SORTS[params.ordering]]
    return list_page(
        request, parks, params, sort, lambda rows: render_all(request, rows, represent.park)
    )


@router.get("/parks/{slug}/", response={200: Park, **DETAIL_ERRORS}, tags=["parks"])
def park_detail(request, slug: str):
    park = public_parks().filter(slug=slug).first()
    if park is None:
        raise not_found("park", slug)
    return answer(represent.park(request, park))


def render_all(request, rows, render):
    return [render(request, row) for row in rows]


def reference_names():
    """The names and slugs every ride links to, read once per content version (a company or
    ride model's save bumps it) instead of joined into every row."""
    return per_content_version("api-reference-names", represent.ReferenceNames.load)


def ride_rows():
    """Live, public rides as `represent.ride` reads them: a RideRow per row."""
    rides = (
        RidePageModel.objects.live()
        .public()
        .annotate(park_area_name=F("park_area__name"))
        .values("pk", "park_area_name", *represent.RIDE_FIELDS)
    )
    rides._iterable_class = represent.RideRows  # as values_list(named=True) sets its own
    return rides


def render_rides(request, rows):
    names = reference_names()
    return [represent.ride(request, ride, names) for ride in attach_park_links(rows)]


def attach_park_links(rides):
    """Set `park_page` on each ride to what its link needs (slug and name), from one query of
    plain rows: a list of 50 rides names up to 50 parks, and making a page object of each
    cost more than the rest of the list."""
    rides = list(rides)
    steplen = ParkPageModel.steplen
    links = {
        path: ParkLink(slug, title)
        for path, slug, title in ParkPageModel.objects.filter(
            path__in={ride.path[:-steplen] for ride in rides}
        ).values_list("path", "slug", "title")
    }
    for ride in rides:
        ride.park_page = links.get(ride.path[:-steplen])
    return rides


@router.get("/rides/", response={200: RidePage, **LIST_ERRORS}, tags=["rides"])
def list_rides(request, params: Query[RideParams]):
    """Live rides with their statistics in metric and imperial units."""
    reject_unknown(request, RideParams)
    rides = ride_rows().filter(
        **history_filters(params), **identifier_filters(params), **range_filters(params)
    )
    for name in ("category", "status", "track_material", "coaster_type", "launch_type"):
        if (value := getattr(params, name)) is not None:
            rides = rides.filter(**{name: value})
    for name in ("manufacturer", "designer"):
        if slug := getattr(params, name):
            rides = rides.filter(**{f"{name}_id": resolve(CompanyModel, name, slug)})
    if params.model:
        rides = rides.filter(ride_model_id=resolve(RideModelModel, "model", params.model))
    if params.park:
        park = ParkPageModel.objects.live().public().filter(slug=params.park).first()
        if park is None:
            raise invalid_parameter("park", f"No published park has the slug {params.park!r}.")
        rides = rides.child_of(park)
    rides = search(rides, RidePageModel, params.q)
    sort = SORT_FIELDS[RIDE_SORTS[params.ordering]]
    return list_page(request, rides, params, sort, lambda rows: render_rides(request, rows))


@router.get("/rides/{park}/{slug}/", response={200: Ride, **DETAIL_ERRORS}, tags=["rides"])
def ride_detail(request, park: str, slug: str):
    """A ride, addressed like its page: by its park's slug and its own."""
    park_page = ParkPageModel.objects.live().public().filter(slug=park).first()
    ride = park_page and ride_rows().child_of(park_page).filter(slug=slug).first()
    if not ride:
        raise not_found("ride", f"{park}/{slug}")
    ride.park_page = park_page
    return answer(represent.ride(request, ride, reference_names()))


@router.get("/companies/", response={200: CompanyPage, **LIST_ERRORS}, tags=["companies"])
def list_companies(request, params: Query[CompanyParams]):
    """Operators, owners, manufacturers and designers that a live page names."""
    reject_unknown(request, CompanyParams)
    companies = public_companies().filter(**identifier_filters(params))
    if params.role:
        companies = companies.filter(**{ROLE_FLAGS[CompanyRole(params.role)]: True})
    if params.country:
        companies = companies.filter(headquarters_country=country_code("country", params.country))
    if params.q:
        companies = companies.filter(name__icontains=params.q)
    return list_page(
        request,
        companies,
        params,
        NAME_SORT,
        lambda rows: [represent.company(request, c) for c in rows],
    )


@router.get("/companies/{slug}/", response={200: Company, **DETAIL_ERRORS}, tags=["companies"])
def company_detail(request, slug: str):
    company = public_companies().filter(slug=slug).first()
    if company is None:
        raise not_found("company", slug)
    return answer(represent.company(request, company))


@router.get("/ride-models/", response={200: RideModelPage, **LIST_ERRORS}, tags=["models"])
def list_ride_models(request, params: Query[RideModelParams]):
    """Ride models that at least one live ride uses."""
    reject_unknown(request, RideModelParams)
    models = public_ride_models()
    if params.manufacturer:
        models = models.filter(
            manufacturer_id=resolve(CompanyModel, "manufacturer", params.manufacturer)
        )
    if params.category:
        models = models.filter(category=params.category)
    if params.q:
        models = models.filter(
            Q(name__icontains=params.q) | Q(manufacturer__name__icontains=params.q)
        )
    return list_page(
        request,
        models,
        params,
        NAME_SORT,
        lambda rows: [represent.ride_model(request, m) for m in rows],
    )


@router.get(
    "/ride-models/{slug}/", response={200: RideModel, **DETAIL_ERRORS}, tags=["ride models"]
)
def ride_model_detail(request, slug: str):
    model = public_ride_models().filter(slug=slug).first()
    if model is None:
        raise not_found("ride model", slug)
    return answer(represent.ride_model(request, model))
