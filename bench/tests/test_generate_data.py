"""generate_data: deterministic, realistic, written in bulk, and the pages it makes work."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, ReferenceIndex, Revision

from bench.datagen import REFERENCE_PARK_RIDES, plan_dataset
from home.models import HomePage
from images.models import CustomImage
from operations.cache import content_version
from parks.models import ParkIndexPage, ParkPage
from rides.choices import RideCategory
from rides.models import RidePage


def test_the_same_seed_plans_the_same_dataset_and_another_seed_does_not():
    first, again = plan_dataset(20, 300, seed=7), plan_dataset(20, 300, seed=7)
    assert first == again
    other = plan_dataset(20, 300, seed=8)
    assert [p["title"] for p in other.parks] != [p["title"] for p in first.parks]


def test_plan_is_spread_over_countries_operators_categories_and_manufacturers():
    plan = plan_dataset(100, 1000, seed=1)
    assert len(plan.parks) == 100 and len(plan.rides) == 1000
    assert len({p["country"] for p in plan.parks}) >= 10
    assert len({p["operator"] for p in plan.parks if p["operator"]}) >= 5
    assert {r["category"] for r in plan.rides} == set(RideCategory.values)
    assert len({r["manufacturer"] for r in plan.rides if r["manufacturer"]}) >= 10
    # The benchmark's reference park has exactly 40 rides.
    assert sum(1 for r in plan.rides if r["park"] == 0) == REFERENCE_PARK_RIDES
    coasters = [r for r in plan.rides if r["category"] == RideCategory.ROLLER_COASTER]
    assert coasters and all(r["height_m"] > 0 and r["drop_m"] > 0 for r in coasters)
    others = [r for r in plan.rides if r["category"] != RideCategory.ROLLER_COASTER]
    assert not any("height_m" in r for r in others)
    # Slugs are unique among siblings, as Wagtail requires.
    assert len({p["slug"] for p in plan.parks}) == 100
    for park in range(100):
        slugs = [r["slug"] for r in plan.rides if r["park"] == park]
        assert len(slugs) == len(set(slugs))


@pytest.fixture
def generated(db):
    call_command("generate_data", parks=4, rides=60, seed=3, images=3, stdout=None)
    return plan_dataset(4, 60, seed=3, images=3)


@pytest.mark.django_db
def test_the_last_line_says_how_long_it_took_and_how_much_memory_it_needed():
    """The benchmark's results file quotes this line for the dataset it generated."""
    output = StringIO()
    call_command("generate_data", parks=2, rides=10, seed=3, images=2, stdout=output)
    last = output.getvalue().strip().splitlines()[-1]
    assert re.fullmatch(
        r"Generated 2 parks and 10 rides in \d+\.\d s; peak memory of this process \d+ MB\.", last
    )


def test_writes_the_plan_as_a_valid_published_page_tree(generated):
    index = ParkIndexPage.objects.get()
    parks = list(ParkPage.objects.child_of(index).order_by("path"))
    assert [p.slug for p in parks] == [p["slug"] for p in generated.parks]
    assert RidePage.objects.count() == 60
    assert CustomImage.objects.count() == 3
    # treebeard's own consistency check: paths, depths and child counts all agree.
    assert Page.find_problems() == ([], [], [], [], [])
    index.refresh_from_db()
    assert index.numchild == 4
    for park, item in zip(parks, generated.parks, strict=True):
        expected_rides = [r for r in generated.rides if r["park"] == generated.parks.index(item)]
        assert park.numchild == len(expected_rides) == park.get_children().count()
        assert park.url_path == f"{index.url_path}{park.slug}/"
        assert park.live and not park.has_unpublished_changes
        assert park.latest_revision_id == park.live_revision_id
        revision = Revision.objects.get(pk=park.live_revision_id)
        assert revision.content["title"] == park.title
        assert len(revision.content["areas"]) == len(item["areas"]) == park.areas.count()
        assert len(revision.content["gallery_images"]) == park.gallery_images.count()
    ride = RidePage.objects.filter(category=RideCategory.ROLLER_COASTER).first()
    assert ride.get_parent().specific_class is ParkPage
    # Every page is valid by the model's own rules.
    for page in [*parks, *RidePage.objects.all()]:
        page.full_clean()


def _references():
    fields = ("content_type", "base_content_type", "object_id", "to_content_type", "to_object_id")
    return sorted(ReferenceIndex.objects.values_list(*fields, "model_path", "content_path"))


def test_the_reference_index_written_in_bulk_is_the_one_wagtail_would_build(generated):
    """The "usage" of an image or company in the admin counts the generated pages."""
    written = _references()
    assert len(written) > len(generated.rides)  # pages point at companies, photos, areas
    call_command("rebuild_references_index", verbosity=0)
    assert _references() == written


def test_the_same_arguments_write_the_same_data(generated):
    """The database holds exactly what the (deterministic) plan says, field by field."""
    rides = RidePage.objects.order_by("path")
    written = [(r.slug, r.title, r.category, r.status, r.height_m, r.opening_date) for r in rides]
    by_park = {}
    for item in generated.rides:
        by_park.setdefault(item["park"], []).append(item)
    planned = [
        (r["slug"], r["title"], r["category"], r["status"], r.get("height_m"), r["opening_date"])
        for park in sorted(by_park)
        for r in by_park[park]
    ]
    assert written == planned


def test_pages_render_and_search_finds_generated_rides(client, generated):
    park = ParkPage.objects.order_by("path").first()
    ride = RidePage.objects.child_of(park).order_by("path").first()
    home = client.get("/")
    assert home.status_code == 200
    assert HomePage.objects.get().featured_pages.count() > 0
    assert park.title.encode() in client.get("/parks/").content
    park_page = client.get(park.url)
    assert park_page.status_code == 200
    assert ride.title.encode() in park_page.content
    assert len(park_page.context["ride_groups"]) > 0
    ride_page = client.get(ride.url)
    assert ride_page.status_code == 200 and park.title.encode() in ride_page.content
    found = client.get("/search/", {"q": ride.title})
    assert ride.title.encode() in found.content


def test_refuses_to_generate_the_same_parks_twice(generated):
    with pytest.raises(CommandError, match="generate into a fresh database"):
        call_command("generate_data", parks=4, rides=60, seed=3, images=3)


@pytest.mark.django_db
def test_rejects_impossible_sizes():
    with pytest.raises(CommandError):
        call_command("generate_data", parks=0, rides=10)


def test_a_generated_dataset_is_new_content_to_every_cache(db):
    """Written without publish signals, the dataset still changes the content version, so a
    home page counted before it is counted again."""
    before = content_version()
    call_command("generate_data", parks=2, rides=5, seed=4, images=1, stdout=None)
    assert content_version() != before
