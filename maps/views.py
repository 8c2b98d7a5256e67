"""/map/ (the map, its filters and the same parks as a list) and /map/parks.geojson."""

import hashlib
import itertools
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django_countries import countries

from core.htmx import render_listing, requested_page
from maps.clusters import viewport_collection
from maps.forms import MapFilterForm, mappable_parks, ride_counts
from maps.geojson import encode, feature_collection
from maps.viewport import ViewportError, viewport
from operations.cache import content_version

RESULTS_ID = "map-results"
GEOJSON_CONTENT_TYPE = "application/geo+json"


@dataclass
class CountryGroup:
    name: str
    parks: list = field(default_factory=list)


# Parks per page of the list below the map: the map draws every match, but a page listing
# 10,000 parks would cost ten times one listing 1,000 (and no reader scrolls through it).
LIST_PAGE_SIZE = 250


class CountryListing:
    """The filtered parks grouped by country, a page at a time: the no-JavaScript and
    screen-reader view of the map (every marker's park is on one of the pages). Evaluated on
    first use, so a cached list fragment costs no query."""

    def __init__(self, parks, page_number):
        self._parks = parks  # ordered by country code, then name
        self._page_number = page_number

    @cached_property
    def page_obj(self):
        paginator = Paginator(self._parks.defer_streamfields(), LIST_PAGE_SIZE)
        return paginator.get_page(self._page_number)

    @cached_property
    def groups(self):
        parks = list(self.page_obj.object_list)
        counts = ride_counts()
        for park in parks:
            park.ride_count, park.coaster_count = counts.get(park.path, (0, 0))
        groups = [
            CountryGroup(countries.name(code), list(members))
            for code, members in itertools.groupby(parks, key=lambda park: park.country.code)
        ]
        return sorted(groups, key=lambda group: group.name)

    @property
    def count(self):
        return self.page_obj.paginator.count


# The map offers the countries and operators of the parks it can place (per content version).
CHOICES_KEY = "map"


def map_page(request):
    """The map page. An htmx request from its filter form gets only the results fragment
    (which carries the GeoJSON URL the map reloads its markers from) and a clean pushed URL."""
    form = MapFilterForm(request.GET, parks=mappable_parks(), choices_cache_key=CHOICES_KEY)
    querystring = form.querystring()
    page_number = requested_page(request)
    later_page = page_number if page_number > 1 else None
    context = {
        "form": form,
        "listing": CountryListing(form.filtered_parks(), page_number),
        "geojson_url": reverse("maps:parks_geojson") + querystring,
        "results_key": form.querystring(page=later_page),
    }
    return render_listing(
        request,
        "maps/map.html",
        context,
        fragments={RESULTS_ID: "maps/map_results.html"},
        # The page number as asked, not as clamped: the clamped one would cost the count
        # query that a kept fragment saves.
        push_url=reverse("maps:map") + context["results_key"],
    )


def geojson_cache_key(request, view=None):
    """Content version + the filter parameters (sorted) + the snapped viewport: a publish
    makes every key new, and views within the same grid cells share one key."""
    params = sorted(
        (name, value)
        for name, values in request.GET.lists()
        if name in MapFilterForm.base_fields
        for value in values
    )
    viewport_part = view.cache_part() if view else None
    digest = hashlib.sha256(repr((params, viewport_part)).encode()).hexdigest()
    return f"thrillwiki:map-geojson:{content_version()}:{digest}"


def parks_geojson(request):
    """The filtered parks as GeoJSON: with `bbox` (and `zoom`), those in the map's view,
    grouped into cells when there are many (maps.clusters); without, every park (the open-data
    feed). Unlike the HTML page, which drops a bad filter, a data client gets a 400 naming the
    field or parameter, so a typo cannot silently return every park."""
    try:
        view = viewport(request.GET)
    except ViewportError as error:
        return JsonResponse({"errors": error.as_errors()}, status=400)
    seconds = settings.MAP_GEOJSON_CACHE_SECONDS
    key = geojson_cache_key(request, view) if seconds > 0 else None
    body = cache.get(key) if key else None
    if body is None:
        parks = mappable_parks()
        filtered = any(name in MapFilterForm.base_fields for name in request.GET)
        if filtered:
            # Only a filtered feed needs the form (its choices are cached per content version).
            form = MapFilterForm(request.GET, parks=parks, choices_cache_key=CHOICES_KEY)
            if not form.is_valid():
                return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
            parks = form.filtered_parks()
        if view:
            body = encode(viewport_collection(parks, view, filtered=filtered))
        else:
            body = encode(feature_collection(parks))
        if key:
            cache.set(key, body, seconds)
    return HttpResponse(body, content_type=GEOJSON_CONTENT_TYPE)
