"""Which fields a park page gets from a plain dict of facts (see core.builders).

Used by the demo loader, the benchmark generator and the factories alike: add a field to
`PARK_FACTS` and all three writers fill it from their facts.
"""

from core.builders import HISTORY_FACTS, decimal, page_fields, plain, reference
from parks.models import ParkArea, ParkGalleryImage, ParkPage

PARK_FACTS = {
    "title": plain,
    "slug": plain,
    "status": plain,
    "park_type": plain,
    **HISTORY_FACTS,
    "operator": reference("companies"),
    "property_owner": reference("companies"),
    "city": plain,
    "region": plain,
    "country": plain,
    "latitude": decimal,
    "longitude": decimal,
    "website": plain,
    "size_hectares": decimal,
    "wikidata_id": plain,
    "rcdb_id": plain,
    "intro": plain,
    "listing_summary": plain,
    "body": plain,
    "hero_image": reference("images"),
}


def park_fields(facts, **refs):
    """ParkPage field values from `facts`; `refs` are the lookups named in PARK_FACTS."""
    return page_fields(facts, PARK_FACTS, **refs)


def build_park(facts, **refs):
    """An unsaved ParkPage: add it with `add_child()` or write it in bulk."""
    return ParkPage(**park_fields(facts, **refs))


def build_areas(names):
    """The park's areas, in the order given, as unsaved ParkArea rows."""
    return [ParkArea(name=name, sort_order=position) for position, name in enumerate(names)]


def build_gallery(title, images):
    """The park's gallery in the order given, each photo captioned "<park title> (n)"."""
    return [
        ParkGalleryImage(image=image, caption=f"{title} ({n + 1})", sort_order=n)
        for n, image in enumerate(images)
    ]
