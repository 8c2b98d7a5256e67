"""/map/ (the map, its filters and the same parks as a list) and /map/parks.geojson."""

import hashlib
import itertools
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django_countries import countries

from core.htmx import listing_url, render_listing
from maps.forms import MapFilterForm, mappable_parks, ride_counts
from maps.geojson import encode, feature_collection
from operations.cache import content_version

RESULTS_ID = "map-results"
GEOJSON_CONTENT_TYPE = "application/geo+json"


@dataclass
class CountryGroup:
    name: str
    parks: list = field(default_factory=list)


class CountryListing:
    """The filtered parks grouped by country: the no-JavaScript and screen-reader view of
    the map (the same parks as the markers). Evaluated on first use, so a cached list
    fragment costs no query."""

    def __init__(self, parks):
        self._parks = parks

    @cached_property
    def groups(self):
        parks = list(self._parks.defer_streamfields())  # ordered by country code, then name
        counts = ride_counts()
        for park in parks:
            park.ride_count, park.coaster_count = counts.get(park.path, (0, 0))
        groups = [
            CountryGroup(countries.name(code), list(members))
            for code, members in itertools.groupby(parks, key=lambda park: park.country.code)
        ]
        return sorted(groups, key=lambda group: group.name)

    @cached_property
    def count(self):
        return sum(len(group.parks) for group in self.groups)


# The map offers the countries and operators of the parks it can place (per content version).
CHOICES_KEY = "map"


def map_page(request):
    """The map page. An htmx request from its filter form gets only the results fragment
    (which carries the GeoJSON URL the map reloads its markers from) and a clean pushed URL."""
    form = MapFilterForm(request.GET, parks=mappable_parks(), choices_cache_key=CHOICES_KEY)
    querystring = form.querystring()
    context = {
        "form": form,
        "listing": CountryListing(form.filtered_parks()),
        "geojson_url": reverse("maps:parks_geojson") + querystring,
        "results_key": querystring,
    }
    return render_listing(
        request,
        "maps/map.html",
        context,
        fragments={RESULTS_ID: "maps/map_results.html"},
        push_url=listing_url(reverse("maps:map"), form),
    )


def geojson_cache_key(request):
    """Content version + the filter parameters (sorted): a publish makes every key new."""
    params = sorted(
        (name, value)
        for name, values in request.GET.lists()
        if name in MapFilterForm.base_fields
        for value in values
    )
    digest = hashlib.sha256(repr(params).encode()).hexdigest()
    return f"thrillwiki:map-geojson:{content_version()}:{digest}"


def parks_geojson(request):
    """The filtered parks as GeoJSON. Unlike the HTML page, which drops a bad filter, a data
    client gets a 400 naming the field, so a typo cannot silently return every park."""
    seconds = settings.MAP_GEOJSON_CACHE_SECONDS
    key = geojson_cache_key(request) if seconds > 0 else None
    body = cache.get(key) if key else None
    if body is None:
        parks = mappable_parks()
        if any(name in MapFilterForm.base_fields for name in request.GET):
            # Only a filtered feed needs the form (its choices are cached per content version).
            form = MapFilterForm(request.GET, parks=parks, choices_cache_key=CHOICES_KEY)
            if not form.is_valid():
                return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
            parks = form.filtered_parks()
        body = encode(feature_collection(parks))
        if key:
            cache.set(key, body, seconds)
    return HttpResponse(body, content_type=GEOJSON_CONTENT_TYPE)
