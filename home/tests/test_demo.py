"""`load_demo` builds a believable wiki from real facts, and running it twice changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from companies.models import Company
from home.models import HomePage
from images.models import CustomImage, CustomRendition
from images.renditions import missing_specs
from images.slots import HERO, SOCIAL
from parks.models import ParkPage
from rides.models import RideModel, RidePage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "parks": ParkPage.objects.live().count(),
        "rides": RidePage.objects.live().count(),
        "companies": Company.objects.count(),
        "ride_models": RideModel.objects.count(),
        "images": CustomImage.objects.count(),
    }


def test_load_demo_is_real_broad_valid_and_idempotent(client, capsys, settings):
    call_command("load_demo", "--accounts")
    first = snapshot()
    assert first["parks"] >= 25
    assert first["rides"] >= 150
    assert ParkPage.objects.values("country").distinct().count() >= 8
    assert RidePage.objects.filter(category="roller_coaster", height_m__isnull=False).count() >= 50
    out = capsys.readouterr().out
    assert "password" in out
    # The local editor and moderator accounts come with their roles (moderation app).
    assert "username editor" in out and "username moderator" in out
    for username, group in (("editor", "Editors"), ("moderator", "Moderators")):
        assert get_user_model().objects.get(username=username).groups.filter(name=group).exists()

    # Every demo ride satisfies the same rules an editor's ride must.
    for ride in RidePage.objects.select_related("park_area", "ride_model"):
        ride.clean()
    assert not ParkPage.objects.filter(numchild=0).exists()

    force = RidePage.objects.get(slug="millennium-force")
    assert (force.get_parent().slug, force.manufacturer.name) == ("cedar-point", "Intamin")
    assert force.height_m > 90 and force.speed_kmh > 140
    assert HomePage.objects.get().featured_pages.count() >= 6
    # The first views find their renditions made: the home page and /parks/ create none on
    # the reader's time, and the parks they show have their heroes in every format and size.
    assert "first-view rendition(s) made" in out
    made = CustomRendition.objects.count()
    for url in ("/", "/parks/"):
        assert client.get(url).status_code == 200, url
    assert CustomRendition.objects.count() == made
    hero = ParkPage.objects.get(slug="cedar-point").hero_image
    assert not missing_specs(hero, [*HERO.specs, *SOCIAL.specs])
    for url in ("/", "/parks/", "/parks/cedar-point/", force.url, "/parks/?country=DE"):
        assert client.get(url).status_code == 200, url
    # The demo site answers at WAGTAILADMIN_BASE_URL, so canonical URLs point there.
    assert force.get_full_url() == "http://testserver/parks/cedar-point/millennium-force/"

    # Documented replacements link both pages; records answer "tallest in 2001 vs 2024".
    reborn = RidePage.objects.get(slug="nemesis-reborn")
    assert reborn.replaces.slug == "nemesis"
    assert "Replaced by" in client.get(reborn.replaces.url).content.decode()
    for year, tallest in ((2001, "Millennium Force"), (2024, "Top Thrill 2")):
        html = client.get(f"/records/?stat=height&year={year}").content.decode()
        assert f">{tallest}</a></th>" in html.split("<h2>Top", 1)[1].split("</tr>", 2)[1], year

    # A second run creates nothing, and without DEBUG it leaves accounts alone.
    settings.DEBUG = False
    call_command("load_demo")
    assert snapshot() == first
    assert "password" not in capsys.readouterr().out
