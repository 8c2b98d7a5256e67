"""Each API response costs a fixed number of queries, however many rows it shows."""

import pytest

from companies.factories import ManufacturerFactory, OperatorFactory
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory, RideModelFactory

pytestmark = pytest.mark.django_db

# (parks, rides per park): a small and a larger catalogue must cost the same.
SIZES = [(1, 2), (4, 6)]
# Each `.public()` reads the view restrictions once (a text search adds one more); page URLs
# come from the cached site root paths (core.page_urls), a ride's park from plain rows, and
# the names of its companies and model from a cache kept per publish (api.views.reference_names).
ENDPOINTS = {
    "/api/v1/parks/?limit=100": 3,
    "/api/v1/rides/?manufacturer=bm&ordering=-height_m&limit=100": 4,
    "/api/v1/rides/?limit=100&height_m__gte=10": 3,
    "/api/v1/companies/?limit=100": 6,
    "/api/v1/ride-models/?limit=100": 2,
    "/api/v1/parks/park-0/": 3,
    "/api/v1/rides/park-0/ride-0-0/": 4,
}


def build(park_index, parks, rides_per_park):
    maker = ManufacturerFactory(name="B&M", slug="bm")
    model = RideModelFactory(manufacturer=maker, name="Hyper", slug="hyper")
    for p in range(parks):
        park = ParkPageFactory(
            parent=park_index, title=f"Park {p}", slug=f"park-{p}", operator=OperatorFactory()
        )
        for r in range(rides_per_park):
            CoasterPageFactory(
                parent=park,
                title=f"Ride {p}-{r}",
                slug=f"ride-{p}-{r}",
                manufacturer=maker,
                ride_model=model,
                height_m=str(20 + r),
            )


@pytest.mark.parametrize(("parks", "rides_per_park"), SIZES)
def test_query_count_does_not_grow_with_the_catalogue(
    client, park_index, django_assert_max_num_queries, parks, rides_per_park
):
    build(park_index, parks, rides_per_park)
    # Warm what is kept per publish: the site root paths of page URLs and the names of the
    # companies and ride models that rides link to.
    client.get("/api/v1/rides/?limit=1")
    for url, queries in ENDPOINTS.items():
        with django_assert_max_num_queries(queries):
            response = client.get(url)
        assert response.status_code == 200, url


@pytest.mark.postgres
def test_a_makers_tallest_rides_have_an_index_in_their_order():
    """The API's "50 tallest rides of a maker" reads them in order from an index and stops,
    instead of sorting every ride of the maker (rides 0008)."""
    from django.db import connection

    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "rides_ridepage")
    assert "rides_maker_height" in constraints
