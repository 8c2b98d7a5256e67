"""A small site with one of every public page type, for the page audits (axe-core in Chromium and
the Nu HTML Checker): the pages a reader can reach, each with the parts that make it up (a hero
photo, cards with photos, statistics, a gallery, a ride model, a closed ride...).

`audit_pages()` lists the pages by name and URL; both audits walk the same list, so a page type
added here is checked by both.
"""

import datetime
from pathlib import Path

from django.conf import settings

from api.export import export_open_data
from companies.factories import ManufacturerFactory
from contributions.models import RideSource
from images.factories import ImageFactory
from parks.factories import ParkAreaFactory, ParkPageFactory
from parks.models import ParkGalleryImage
from rides.factories import CoasterPageFactory, RideModelFactory, RidePageFactory

NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"


def photo(title):
    """A photo the size of a demo placeholder (1200×750): smaller than the largest hero width,
    so the renditions of a slot can come out the same size (the duplicate `srcset` case)."""
    return ImageFactory(title=title, file__width=1200, file__height=750)


def build_audit_site(park_index):
    """Two parks and a few rides covering every public page type; returns the pages by name."""
    maker = ManufacturerFactory(name="Intamin")
    model = RideModelFactory(manufacturer=maker, name="Giga Coaster", slug="giga-coaster")
    park = ParkPageFactory(
        parent=park_index,
        title="Cedar Point",
        hero_image=photo("Cedar Point skyline"),
        website="https://www.cedarpoint.com/",
    )
    ParkGalleryImage.objects.create(page=park, image=photo("Midway"), caption="The midway")
    area = ParkAreaFactory(park=park, name="Frontier Trail")
    ParkPageFactory(parent=park_index, title="Europa-Park", country="DE", city="Rust")
    coaster = CoasterPageFactory(
        parent=park,
        title="Millennium Force",
        hero_image=photo("Millennium Force lift hill"),
        manufacturer=maker,
        ride_model=model,
        area=area,
    )
    for number, facts in enumerate((["height_m", "opening_date"], ["height_m"])):
        # Two sources on one fact: adjacent footnote markers, each a touch target.
        RideSource.objects.create(
            page=coaster,
            sort_order=number,
            url="https://example.com/",
            title="A source",
            facts=facts,
        )
    RidePageFactory(parent=park, title="Snake River Falls", category="water_ride")
    CoasterPageFactory(
        parent=park,
        title="Mean Streak",
        manufacturer=maker,
        status="closed_permanently",
        opening_date=datetime.date(1991, 5, 11),
        closing_date=datetime.date(2016, 9, 16),
    )
    CoasterPageFactory(parent=park, title="Top Thrill 2", status="under_construction")
    for speed in ("150.0", "149.7"):  # two published versions: the history lists a change
        coaster.speed_kmh = speed
        coaster.save_revision().publish()
    export_open_data()  # /data/ then lists the files with their checksums
    return {"park": park, "coaster": coaster, "maker": maker, "model": model}


def audit_pages(site):
    """(name, URL) of every public page type, built from `build_audit_site`'s pages."""
    park, coaster = site["park"], site["coaster"]
    return [
        ("home", "/"),
        ("parks list", "/parks/"),
        ("parks list filtered", "/parks/?country=US"),
        ("park", park.url),
        ("ride", coaster.url),
        ("ride history", f"{coaster.url}history/"),
        ("park history", f"{park.url}history/"),
        ("company", site["maker"].get_absolute_url()),
        ("ride model", site["model"].get_absolute_url()),
        ("search", "/search/"),
        ("search with results", "/search/?q=Millennium"),
        ("search without results", "/search/?q=zzzzzz"),
        ("map", "/map/"),
        ("records", "/records/"),
        ("statistics", "/stats/"),
        ("new in a year", "/new/2000/"),
        ("closed in a year", "/closed/2016/"),
        ("pipeline", "/pipeline/"),
        ("suggest a correction", f"/suggest/{coaster.pk}/"),
        ("open data", "/data/"),
        ("API docs", "/api/v1/docs/"),
        ("not found", "/no-such-page/"),
    ]
