"""Which fields a ride page gets from a plain dict of facts (see core.builders).

Used by the demo loader, the benchmark generator and the factories alike: add a field to
`RIDE_FACTS` and all three writers fill it from their facts.
"""

from core.builders import HISTORY_FACTS, decimal, page_fields, plain, reference
from rides.models import RidePage

# Roller-coaster statistics: measurements are Decimals, the rest are choices or counts.
COASTER_FACTS = {
    "track_material": plain,
    "coaster_type": plain,
    "launch_type": plain,
    "height_m": decimal,
    "drop_m": decimal,
    "length_m": decimal,
    "speed_kmh": decimal,
    "inversions": plain,
    "max_vertical_angle_deg": decimal,
    "g_force": decimal,
    "trains": plain,
    "cars_per_train": plain,
    "riders_per_car": plain,
}

RIDE_FACTS = {
    "title": plain,
    "slug": plain,
    "category": plain,
    "status": plain,
    # `area` is a key into refs["areas"] (the park's areas), or a ParkArea.
    "area": reference("areas", field="park_area"),
    **HISTORY_FACTS,
    "manufacturer": reference("companies"),
    "designer": reference("companies"),
    "ride_model": reference("ride_models"),
    "min_height_cm": plain,
    "capacity_per_hour": plain,
    "duration_s": plain,
    "intro": plain,
    "listing_summary": plain,
    "body": plain,
    "hero_image": reference("images"),
    **COASTER_FACTS,
}


def ride_fields(facts, **refs):
    """RidePage field values from `facts`; `refs` are the lookups named in RIDE_FACTS."""
    return page_fields(facts, RIDE_FACTS, **refs)


def build_ride(facts, **refs):
    """An unsaved RidePage: add it with `add_child()` or write it in bulk."""
    return RidePage(**ride_fields(facts, **refs))
