"""Deciding the dataset: everything from one seeded random generator (see bench.datagen)."""

import datetime
import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.text import slugify

from bench.datagen.vocabulary import (
    CATEGORY_WEIGHTS,
    CITY_A,
    CITY_B,
    COMPANY_WORDS,
    COUNTRIES,
    MANUFACTURER_SUFFIX,
    NOUNS,
    OPERATOR_SUFFIX,
    PARK_STATUS_WEIGHTS,
    PARK_SUFFIX,
    PARK_TYPE_WEIGHTS,
    PARK_WORDS_A,
    PARK_WORDS_B,
    PUBLISHED_FROM,
    REFERENCE_PARK_RIDES,
    RIDE_STATUS_WEIGHTS,
    RIDE_WORDS_A,
    RIDE_WORDS_B,
    SENTENCES,
)
from parks.models import ParkStatus
from rides.choices import CoasterType, LaunchType, RideCategory, RideStatus, TrackMaterial


def _weighted(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _uuid(rng):
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _unique(slug, taken):
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _decimal(value, places=1):
    return Decimal(f"{value:.{places}f}")


def _date(rng, first_year, last_year):
    year = rng.randint(first_year, last_year)
    precision = rng.choices(["day", "month", "year"], weights=[6, 2, 2])[0]
    month = rng.randint(1, 12) if precision != "year" else 1
    day = rng.randint(1, 28) if precision == "day" else 1
    return datetime.date(year, month, day), precision


def _prose(rng, name):
    a, b = rng.sample(NOUNS, 2)
    return f"{name} " + rng.choice(SENTENCES).format(a=a, b=b)


def _body(rng, name):
    paragraphs = [f"<p>{_prose(rng, name)}</p>" for _ in range(rng.randint(1, 3))]
    blocks = [{"type": "heading", "value": "History", "id": str(_uuid(rng))}]
    blocks += [{"type": "paragraph", "value": p, "id": str(_uuid(rng))} for p in paragraphs]
    return blocks


@dataclass
class Plan:
    seed: int
    images: list = field(default_factory=list)
    companies: list = field(default_factory=list)
    ride_models: list = field(default_factory=list)
    parks: list = field(default_factory=list)
    rides: list = field(default_factory=list)


def _companies(rng, count, suffixes, role):
    names, taken = [], set()
    while len(names) < count:
        name = f"{rng.choice(COMPANY_WORDS)} {rng.choice(suffixes)}"
        if name in taken:
            name = (
                f"{name} {rng.choice(['International', 'Holdings', 'Europe', 'Asia', 'Pacific'])}"
            )
        if name in taken:
            continue
        taken.add(name)
        names.append(name)
    return [
        {
            "name": name,
            "slug": slugify(name),
            "role": role,
            "founded_year": rng.randint(1890, 2015),
            "headquarters_country": rng.choice(COUNTRIES)[0],
        }
        for name in names
    ]


def plan_dataset(parks, rides, seed, images=40):
    """Everything `write_dataset` will create, decided by `seed` alone."""
    rng = random.Random(seed)
    plan = Plan(seed=seed)
    plan.images = [f"Generated photo {n + 1}" for n in range(images)]

    operators = _companies(rng, max(5, parks // 15), OPERATOR_SUFFIX, "operator")
    manufacturers = _companies(rng, 30, MANUFACTURER_SUFFIX, "manufacturer")
    for company in manufacturers[:10]:
        company["designer"] = True
    names = {c["name"] for c in operators}
    plan.companies = operators + [c for c in manufacturers if c["name"] not in names]
    manufacturer_names = [c["name"] for c in plan.companies if c["role"] == "manufacturer"]
    operator_names = [c["name"] for c in operators]
    designer_names = [c["name"] for c in plan.companies if c.get("designer")]

    model_slugs = set()
    for manufacturer in manufacturer_names:
        for _ in range(rng.randint(2, 6)):
            category = _weighted(rng, CATEGORY_WEIGHTS)
            series = rng.choice(["Mk", "Series", "Model"])
            name = f"{rng.choice(RIDE_WORDS_A)} {series} {rng.randint(1, 9)}"
            slug = slugify(f"{manufacturer} {name}")
            if slug in model_slugs:
                continue
            model_slugs.add(slug)
            plan.ride_models.append(
                {"manufacturer": manufacturer, "name": name, "slug": slug, "category": category}
            )

    # Operators follow a long tail: a few chains run many parks, most run one or two.
    operator_weights = [1 / (rank + 1) for rank in range(len(operator_names))]
    country_weights = [c[1] for c in COUNTRIES]
    park_slugs = set()
    for n in range(parks):
        park_type = _weighted(rng, PARK_TYPE_WEIGHTS)
        words = f"{rng.choice(PARK_WORDS_A)} {rng.choice(PARK_WORDS_B)}"
        title = f"{words} {rng.choice(PARK_SUFFIX[park_type])}".strip()
        code, _, lat, lon = rng.choices(COUNTRIES, weights=country_weights)[0]
        opened, opened_precision = _date(rng, 1880, 2024)
        status = _weighted(rng, PARK_STATUS_WEIGHTS)
        closed = None
        if status in (ParkStatus.CLOSED_PERMANENTLY, ParkStatus.DEMOLISHED):
            closed = opened + datetime.timedelta(days=rng.randint(365 * 3, 365 * 60))
        operator = rng.choices(operator_names, weights=operator_weights)[0]
        plan.parks.append(
            {
                "title": title,
                "slug": _unique(slugify(title), park_slugs),
                "status": status,
                "park_type": park_type,
                "country": code,
                "city": f"{rng.choice(CITY_A)}{rng.choice(CITY_B)}",
                "latitude": _decimal(lat + rng.uniform(-4, 4), 6),
                "longitude": _decimal(lon + rng.uniform(-6, 6), 6),
                "size_hectares": _decimal(rng.uniform(4, 400)),
                "opening_date": opened,
                "opening_date_precision": opened_precision,
                "closing_date": closed,
                "operator": operator if rng.random() < 0.85 else None,
                "property_owner": operator if rng.random() < 0.3 else None,
                "website": f"https://{slugify(title)}-{n}.example",
                "intro": _prose(rng, title),
                "listing_summary": f"A {park_type.label.lower()} in {code}.",
                "body": _body(rng, title),
                "areas": rng.sample(
                    [
                        "Main Street",
                        "Frontier Town",
                        "Pirate Cove",
                        "Kids' Kingdom",
                        "Future World",
                        "Jungle",
                        "Boardwalk",
                        "Old Village",
                        "Splash Zone",
                        "Dragon's Keep",
                    ],
                    rng.randint(2, 6),
                ),
                "hero_image": rng.randrange(images) if images else None,
                "gallery": rng.sample(range(images), min(3, images)),
                "published_at": PUBLISHED_FROM + datetime.timedelta(minutes=rng.randint(0, 500000)),
            }
        )

    # Rides: the reference park gets exactly REFERENCE_PARK_RIDES; the rest follow a long tail.
    owners = []
    if parks:
        reference = min(REFERENCE_PARK_RIDES, rides)
        owners = [0] * reference
        if parks > 1:
            park_weights = [rng.paretovariate(1.5) for _ in range(parks - 1)]
            owners += [
                1 + i
                for i in rng.choices(range(parks - 1), weights=park_weights, k=rides - reference)
            ]
        else:
            owners += [0] * (rides - reference)
    ride_slugs = [set() for _ in range(parks)]
    for park_index in owners:
        park = plan.parks[park_index]
        category = _weighted(rng, CATEGORY_WEIGHTS)
        title = f"{rng.choice(RIDE_WORDS_A)} {rng.choice(RIDE_WORDS_B[category])}".strip()
        status = _weighted(rng, RIDE_STATUS_WEIGHTS)
        first_year = max(park["opening_date"].year, 1900)
        opened, opened_precision = _date(rng, first_year, max(first_year, 2025))
        closed = None
        if status in (RideStatus.CLOSED_PERMANENTLY, RideStatus.DEMOLISHED, RideStatus.RELOCATED):
            closed = opened + datetime.timedelta(days=rng.randint(365, 365 * 40))
        manufacturer = rng.choice(manufacturer_names) if rng.random() < 0.8 else None
        models_of = [
            m
            for m in plan.ride_models
            if m["manufacturer"] == manufacturer and m["category"] == category
        ]
        ride = {
            "park": park_index,
            "title": title,
            "slug": _unique(slugify(title), ride_slugs[park_index]),
            "category": category,
            "status": status,
            "opening_date": opened,
            "opening_date_precision": opened_precision,
            "closing_date": closed,
            "area": rng.randrange(len(park["areas"])) if rng.random() < 0.6 else None,
            "manufacturer": manufacturer,
            "designer": rng.choice(designer_names) if rng.random() < 0.2 else None,
            "ride_model": models_of[0]["slug"] if models_of and rng.random() < 0.5 else None,
            "min_height_cm": rng.choice([None, 90, 100, 107, 112, 120, 122, 132, 140]),
            "capacity_per_hour": rng.randrange(300, 2400, 50),
            "duration_s": rng.randint(45, 300),
            "intro": _prose(rng, title),
            "body": _body(rng, title),
            "hero_image": rng.randrange(images) if images and rng.random() < 0.7 else None,
            "gallery": rng.sample(range(images), min(rng.randint(0, 2), images)),
            "published_at": PUBLISHED_FROM + datetime.timedelta(minutes=rng.randint(0, 500000)),
        }
        if category == RideCategory.ROLLER_COASTER:
            height = rng.uniform(8, 130)
            material = rng.choices(list(TrackMaterial), weights=[70, 20, 10])[0]
            ride.update(
                track_material=material,
                coaster_type=rng.choice(list(CoasterType)),
                launch_type=rng.choice(list(LaunchType)),
                height_m=_decimal(height),
                drop_m=_decimal(height * rng.uniform(0.8, 1.05) if height < 120 else height),
                length_m=_decimal(rng.uniform(250, 2800)),
                speed_kmh=_decimal(min(240.0, 20 + height * rng.uniform(1.0, 1.3))),
                inversions=0 if material == TrackMaterial.WOOD else rng.randint(0, 14),
                max_vertical_angle_deg=_decimal(rng.uniform(40, 121)),
                g_force=_decimal(rng.uniform(2.5, 5.5), 2),
                trains=rng.randint(1, 4),
                cars_per_train=rng.randint(2, 8),
                riders_per_car=rng.choice([2, 4, 6]),
            )
        plan.rides.append(ride)
    return plan


# --- writing --------------------------------------------------------------------------------
