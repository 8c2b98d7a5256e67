"""Every page the benchmark drives makes the same number of queries at two dataset sizes.

The datasets come from generate_data, as in the benchmark: a small one, then eleven times as
many parks and rides added next to it. The pages are the benchmark's (bench/prepass.py).
"""

from collections import Counter

import pytest
from django.core.management import call_command
from wagtail.models import Page

from bench.datagen import REFERENCE_PARK_RIDES
from parks.models import ParkPage
from rides.choices import RideCategory
from rides.models import RideModel, RidePage
from search.engine import AUTOCOMPLETE_SIZE
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "park-results"}
# Bounds of the existing per-page tests, and the htmx partial's own. With warm fragment caches
# (count_queries' first request), as the benchmark measures; docs/benchmark.md says where each
# query goes ("What the profiles showed").
MAX_QUERIES = {
    # The view restrictions, the route (home.models.HomePage.found_route) and the lists' cards
    # are kept per content version for readers (operations.middleware.KeptRestrictionsMiddleware)
    "home": 0,  # Site, totals, recent and featured come from caches too
    # The list's results are a fragment kept per content version and query string: a kept
    # one needs neither the paginator's count nor the page of parks
    "parks": 0,
    "parks filtered": 0,
    "parks htmx partial": 0,
    "park page": 3,  # areas, sources and the renditions of its own photos
    # sources and the renditions of its own photos; its facts (relocations, sources) and its
    # gallery are fragments kept per content version, like the park page's
    "ride page": 2,
    "ride history": 6,
    # the names that start with the text, which fill the list as "thu" does in the benchmark
    # (the word matches are a second query only when they fall short); the suggestions (with
    # their live-and-public check) are kept per publish
    "autocomplete": 1,
    "records": 12,
    "census": 16,  # +1: rides.history looks for relocations and replacements
    "company page": 18,  # companies' own test (14) has no photos: +4 for images and renditions
    "ride-model page": 11,
}


def benchmarked_pages():
    park = (
        ParkPage.objects.with_ride_counts()
        .filter(ride_count=REFERENCE_PARK_RIDES)
        .order_by("path")
        .first()
    )
    ride = RidePage.objects.child_of(park).filter(category=RideCategory.ROLLER_COASTER).first()
    model = RideModel.objects.filter(rides__live=True).order_by("slug").first()
    maker = model.manufacturer
    # Filter on the reference park's own values, so the filtered lists are never empty.
    filtered = f"/parks/?country={park.country.code}&status={park.status}"
    partial = f"/parks/?country={park.country.code}&park_type={park.park_type}"
    return {
        "home": ("/", {}),
        "parks": ("/parks/", {}),
        "parks filtered": (filtered, {}),
        "parks htmx partial": (partial, HTMX),
        "park page": (park.url, {}),
        "ride page": (ride.url, {}),
        "ride history": (f"{ride.url}history/", {}),
        "autocomplete": (f"/search/autocomplete/?q={commonest_initial()}", {}),
        "search": (f"/search/?q={ride.title.split()[0]}", {}),
        "records": ("/records/?stat=height", {}),
        "census": ("/stats/", {}),
        "company page": (maker.get_absolute_url(), {}),
        "ride-model page": (model.get_absolute_url(), {}),
    }


def commonest_initial():
    """The letter that the most live park and ride names start with: a prefix that fills the
    header box's suggestions with names, as "thu" does at the benchmark's sizes."""
    initials = Counter(
        title[0].upper()
        for title in Page.objects.live().type(ParkPage, RidePage).values_list("title", flat=True)
    )
    initial, names = initials.most_common(1)[0]
    assert names >= AUTOCOMPLETE_SIZE
    return initial


def test_query_count_of_benchmarked_pages_does_not_grow_with_the_dataset(client):
    # 80 rides: enough for one initial to be shared by a list's worth of names
    call_command("generate_data", parks=3, rides=80, seed=1, images=2)
    pages = benchmarked_pages()
    small = {name: count_queries(client, url, **headers) for name, (url, headers) in pages.items()}
    call_command("generate_data", parks=33, rides=880, seed=2, images=2)
    assert ParkPage.objects.count() == 36 and RidePage.objects.count() == 960
    large = {name: count_queries(client, url, **headers) for name, (url, headers) in pages.items()}
    assert large == small
    for name, bound in MAX_QUERIES.items():
        assert small[name] <= bound, (name, small[name])


def test_htmx_partial_query_count_is_pinned(client):
    call_command("generate_data", parks=30, rides=300, seed=5, images=2)
    url, headers = benchmarked_pages()["parks htmx partial"]
    response = client.get(url, **headers)
    assert response.templates[0].name == "includes/park_list_results.html"
    assert count_queries(client, url, **headers) <= MAX_QUERIES["parks htmx partial"]
