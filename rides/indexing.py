"""What a ride's search document says about its park, read in bulk.

A ride's document carries its park's name and place ("coasters in Ohio" finds Ohio's rides).
Asking each ride for its parent page made `update_index` one query per ride (38 s for 10,000
rides); RidePage.get_indexed_objects() annotates every row with its park instead.
"""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import JSONObject, Length, Substr
from django_countries import countries
from wagtail.models import Page


def park_place():
    """A ride's park's title, city, region and country code as one JSON object: a subquery
    on the park's unique tree path (rides always stand directly under their park). The park
    is reached through Page's one-to-one link, since parks.models imports rides.models."""
    park = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    ).values(
        place=JSONObject(
            title="title",
            city="parkpage__city",
            region="parkpage__region",
            country="parkpage__country",
        )
    )[:1]
    return Subquery(park, output_field=models.JSONField())


def place_of(parent):
    """The same dictionary as park_place() for a parent page already loaded."""
    return {
        "title": parent.title,
        "city": getattr(parent, "city", ""),
        "region": getattr(parent, "region", ""),
        "country": str(getattr(parent, "country", "") or ""),
    }


def park_label(place):
    """ "Park name City, Region, Country" (as ParkPage.location_label spells the place)."""
    code = place.get("country")
    country = countries.name(code) if code else ""
    where = ", ".join(part for part in (place.get("city"), place.get("region"), country) if part)
    return " ".join(part for part in (place.get("title"), where) if part)


def ride_park_label(ride):
    """The label of a ride's park: from the row's annotation when the ride came through
    RidePage.get_indexed_objects(), else (a single ride saved) from its parent page."""
    place = getattr(ride, "indexed_park", None)
    if place is None:
        parent = ride.get_parent()
        place = place_of(parent.specific_deferred) if parent else {}
    return park_label(place)
