"""A large, deterministic, realistic dataset for benchmarks and profiling (`generate_data`).

`plan_dataset(parks, rides, seed)` decides everything from a seeded random generator: the same
arguments always give the same companies, parks, rides, statistics and image pool. `write_dataset`
then writes the plan in bulk, without Wagtail's per-page `add_child()` / `save_revision()` /
`publish()`, which cost dozens of queries per page:

- treebeard paths, depths and child counts are computed here; `url_path` is parent + slug;
- the shared `wagtailcore_page` rows go in with `bulk_create`, the page-type tables (which
  `bulk_create` refuses for multi-table inheritance) with one `executemany` per table;
- every page gets one published revision (latest = live), so the admin shows it as published;
- skipped, and rebuilt afterwards: the search index (`update_index`) and the reference index
  (`rebuild_references_index`), both by the command unless told not to; no page log entries
  ("created"/"published" history rows) are written, and no workflow state.
"""

import datetime
import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils.text import slugify
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, Revision

from companies.models import Company
from home.models import HomePage, HomePageFeature
from images.models import CustomImage, ImageLicence
from images.placeholders import placeholder_jpeg
from parks.models import ParkArea, ParkGalleryImage, ParkIndexPage, ParkPage, ParkStatus, ParkType
from rides.choices import CoasterType, LaunchType, RideCategory, RideStatus, TrackMaterial
from rides.models import RideGalleryImage, RideModel, RidePage

# The park the benchmark opens as "a park page with 40 rides": the first park always has
# exactly this many rides (or every ride, when fewer are asked for).
REFERENCE_PARK_RIDES = 40
BATCH = 1000
PUBLISHED_FROM = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)

# (ISO code, weight, latitude, longitude): where parks are, roughly as in the real world.
COUNTRIES = [
    ("US", 30, 38.0, -97.0),
    ("CN", 12, 32.0, 112.0),
    ("GB", 6, 52.5, -1.5),
    ("DE", 6, 51.0, 10.0),
    ("JP", 6, 36.0, 138.0),
    ("FR", 5, 46.5, 2.5),
    ("ES", 4, 40.0, -3.5),
    ("IT", 4, 43.0, 12.0),
    ("NL", 3, 52.2, 5.3),
    ("CA", 3, 50.0, -95.0),
    ("MX", 3, 22.0, -101.0),
    ("BR", 3, -14.0, -51.0),
    ("AU", 3, -27.0, 134.0),
    ("SE", 2, 60.0, 15.0),
    ("DK", 2, 56.0, 9.5),
    ("BE", 2, 50.6, 4.5),
    ("PL", 2, 52.0, 19.0),
    ("KR", 2, 36.5, 127.8),
    ("AE", 1, 24.4, 54.5),
    ("FI", 1, 62.0, 26.0),
    ("NO", 1, 61.0, 9.0),
    ("AT", 1, 47.5, 14.5),
    ("CH", 1, 46.8, 8.2),
    ("TR", 1, 39.0, 35.0),
    ("ZA", 1, -29.0, 24.0),
    ("IN", 1, 21.0, 78.0),
    ("TH", 1, 15.0, 101.0),
    ("SG", 1, 1.35, 103.8),
]
PARK_WORDS_A = [
    "Silver",
    "Golden",
    "Thunder",
    "Crystal",
    "Cedar",
    "Dragon",
    "Pirate",
    "Magic",
    "Wild",
    "Happy",
    "Sunset",
    "Ocean",
    "Lake",
    "Mountain",
    "Kingdom",
    "Frontier",
    "Fantasy",
    "Star",
    "Adventure",
    "Funtown",
    "Harbor",
    "River",
    "Forest",
    "Dream",
    "Lucky",
    "Royal",
    "Canyon",
]
PARK_WORDS_B = [
    "Valley",
    "Point",
    "Island",
    "Coast",
    "Gardens",
    "World",
    "Land",
    "Bay",
    "Springs",
    "Hills",
    "Grove",
    "Shores",
    "Lagoon",
    "Ridge",
    "Woods",
    "Harbour",
    "Plains",
    "Meadows",
]
PARK_SUFFIX = {
    ParkType.THEME_PARK: ["Theme Park", "Resort", "Kingdom", ""],
    ParkType.AMUSEMENT_PARK: ["Amusement Park", "Pleasure Park", "Fun Park", ""],
    ParkType.WATER_PARK: ["Water Park", "Splash World", "Aquapark"],
    ParkType.ANIMAL_PARK: ["Safari Park", "Zoo & Rides", "Wildlife Park"],
    ParkType.OTHER: ["Family Park", "Fairground", "Pier"],
}
CITY_A = ["Oak", "River", "Stone", "Maple", "North", "South", "Clear", "Green", "Fair", "Red"]
CITY_B = ["field", "ton", "ville", "bridge", "haven", "port", "wood", "burg", "ford", "mouth"]
RIDE_WORDS_A = [
    "Thunder",
    "Dragon",
    "Phoenix",
    "Cyclone",
    "Serpent",
    "Vortex",
    "Falcon",
    "Titan",
    "Comet",
    "Tornado",
    "Raptor",
    "Viper",
    "Storm",
    "Blizzard",
    "Inferno",
    "Goliath",
    "Kraken",
    "Griffon",
    "Mamba",
    "Rocket",
    "Eagle",
    "Jaguar",
    "Wildcat",
    "Banshee",
    "Python",
    "Nighthawk",
    "Blue",
]
RIDE_WORDS_B = {
    RideCategory.ROLLER_COASTER: ["Coaster", "Express", "Run", "Mountain", "Racer", "Flyer", ""],
    RideCategory.DARK_RIDE: ["Mansion", "Quest", "Mystery", "Adventure", "Voyage"],
    RideCategory.FLAT_RIDE: ["Spinner", "Swing", "Drop Tower", "Carousel", "Wave", "Pendulum"],
    RideCategory.WATER_RIDE: ["Rapids", "Falls", "Log Flume", "Splash", "River"],
    RideCategory.TRANSPORT: ["Railroad", "Sky Ride", "Monorail", "Ferry"],
    RideCategory.OTHER: ["Maze", "Playground", "Observation Tower", "Theatre"],
}
CATEGORY_WEIGHTS = {
    RideCategory.ROLLER_COASTER: 28,
    RideCategory.FLAT_RIDE: 32,
    RideCategory.WATER_RIDE: 14,
    RideCategory.DARK_RIDE: 10,
    RideCategory.TRANSPORT: 6,
    RideCategory.OTHER: 10,
}
PARK_STATUS_WEIGHTS = {
    ParkStatus.OPERATING: 80,
    ParkStatus.CLOSED_PERMANENTLY: 8,
    ParkStatus.CLOSED_TEMPORARILY: 3,
    ParkStatus.DEMOLISHED: 4,
    ParkStatus.UNDER_CONSTRUCTION: 3,
    ParkStatus.ANNOUNCED: 2,
}
RIDE_STATUS_WEIGHTS = {
    RideStatus.OPERATING: 80,
    RideStatus.CLOSED_PERMANENTLY: 6,
    RideStatus.CLOSED_TEMPORARILY: 3,
    RideStatus.SBNO: 2,
    RideStatus.DEMOLISHED: 4,
    RideStatus.RELOCATED: 2,
    RideStatus.UNDER_CONSTRUCTION: 2,
    RideStatus.ANNOUNCED: 1,
}
PARK_TYPE_WEIGHTS = {
    ParkType.THEME_PARK: 40,
    ParkType.AMUSEMENT_PARK: 35,
    ParkType.WATER_PARK: 12,
    ParkType.ANIMAL_PARK: 6,
    ParkType.OTHER: 7,
}
COMPANY_WORDS = [
    "Northwind",
    "Apex",
    "Summit",
    "Meridian",
    "Atlas",
    "Horizon",
    "Pioneer",
    "Vanguard",
    "Keystone",
    "Evergreen",
    "Bluewater",
    "Ironside",
    "Redwood",
    "Lighthouse",
    "Polaris",
    "Orion",
    "Granite",
    "Silverline",
    "Beacon",
    "Cascade",
    "Harborview",
    "Sterling",
    "Crestview",
    "Westgate",
]
OPERATOR_SUFFIX = ["Leisure", "Parks & Resorts", "Entertainment", "Attractions Group", "Resorts"]
MANUFACTURER_SUFFIX = [
    "Ride Systems",
    "Engineering",
    "Coaster Works",
    "Amusement Rides",
    "Ride Co.",
]
SENTENCES = [
    "It is known for its {a} and its {b}.",
    "Families come for the {a}; thrill seekers come for the {b}.",
    "The {a} was rebuilt after a storm, and the {b} followed a few years later.",
    "Locals remember the {a} fondly, and the {b} still draws crowds on summer evenings.",
]
NOUNS = [
    "lakeside promenade",
    "wooden coaster",
    "night parade",
    "water rides",
    "carousel",
    "gardens",
]


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


def _insert_page_type_rows(model, pages):
    """INSERT the page-type table rows (page_ptr + the type's own fields) of `pages`."""
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    # Table and column names come from the model and are quoted; values are parameters.
    sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
        quote(model._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    rows = [
        [f.get_db_prep_save(f.pre_save(page, True), connection) for f in fields] for page in pages
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            cursor.executemany(sql, rows[start : start + BATCH])


def _place(parent, pages, first_step):
    """Give unsaved pages their treebeard path, depth and url_path as children of `parent`."""
    for offset, page in enumerate(pages):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, first_step + offset)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id


def _insert_pages(pages):
    """bulk_create the shared page rows, then insert the page-type rows with the same ids."""
    page_fields = [f for f in Page._meta.concrete_fields if f.attname != "id"]
    base_rows = [Page(**{f.attname: getattr(p, f.attname) for f in page_fields}) for p in pages]
    Page.objects.bulk_create(base_rows)
    for page, row in zip(pages, base_rows, strict=True):
        page.id = page.page_ptr_id = row.id
    for model in {type(page) for page in pages}:
        _insert_page_type_rows(model, [page for page in pages if type(page) is model])


def _publish_revisions(pages):
    """One published revision per page (latest = live), as `save_revision().publish()` leaves."""
    page_type = ContentType.objects.get_for_model(Page)
    revisions = [
        Revision(
            content_type_id=page.content_type_id,
            base_content_type=page_type,
            object_id=str(page.pk),
            created_at=page.last_published_at,
            content=page.serializable_data(),
            object_str=page.title,
        )
        for page in pages
    ]
    Revision.objects.bulk_create(revisions, batch_size=BATCH)
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision_id = page.live_revision_id = revision.pk
    Page.objects.bulk_update(pages, ["latest_revision", "live_revision"], batch_size=BATCH)


def _published(page, when, rng_uuid):
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.last_published_at = when
    page.latest_revision_created_at = when
    page.draft_title = page.title
    page.translation_key = rng_uuid
    page.seo_title = ""
    return page


def _images(plan):
    existing = {image.title: image for image in CustomImage.objects.filter(title__in=plan.images)}
    pool = []
    for title in plan.images:
        image = existing.get(title)
        if image is None:
            image = CustomImage(
                title=title,
                alt_text=f"Illustration standing in for a park photo ({title.lower()})",
                credit="ThrillWiki generated placeholder",
                licence=ImageLicence.CC0,
                file=placeholder_jpeg(title),
            )
            image.save()
        pool.append(image)
    return pool


def _reference_data(plan):
    Company.objects.bulk_create(
        [
            Company(
                name=c["name"],
                slug=c["slug"],
                is_operator=c["role"] == "operator",
                is_property_owner=c["role"] == "operator",
                is_manufacturer=c["role"] == "manufacturer",
                is_designer=bool(c.get("designer")),
                founded_year=c["founded_year"],
                headquarters_country=c["headquarters_country"],
            )
            for c in plan.companies
        ],
        ignore_conflicts=True,
    )
    companies = {
        c.name: c for c in Company.objects.filter(name__in=[c["name"] for c in plan.companies])
    }
    RideModel.objects.bulk_create(
        [
            RideModel(
                manufacturer=companies[m["manufacturer"]],
                name=m["name"],
                slug=m["slug"],
                category=m["category"],
            )
            for m in plan.ride_models
        ],
        ignore_conflicts=True,
    )
    ride_models = {
        m.slug: m for m in RideModel.objects.filter(slug__in=[m["slug"] for m in plan.ride_models])
    }
    return companies, ride_models


class DatasetError(Exception):
    pass


@transaction.atomic
def write_dataset(plan, index=None, stdout=None):
    """Write `plan` under the park index. Returns the created parks (in plan order)."""
    index = index or ParkIndexPage.objects.get()
    clashes = ParkPage.objects.child_of(index).filter(slug__in=[p["slug"] for p in plan.parks])
    if clashes.exists():
        raise DatasetError(
            f"The park index already holds {clashes.count()} park(s) with generated slugs "
            f"(e.g. /{clashes.first().slug}/); generate into a fresh database."
        )
    rng = random.Random(plan.seed + 1)
    pool = _images(plan)
    companies, ride_models = _reference_data(plan)
    company = companies.get

    # Parks go after any existing children of the index.
    last = index.get_last_child()
    first_step = (Page._str2int(last.path[-Page.steplen :]) + 1) if last else 1
    parks = []
    for item in plan.parks:
        park = ParkPage(
            title=item["title"],
            slug=item["slug"],
            status=item["status"],
            park_type=item["park_type"],
            country=item["country"],
            city=item["city"],
            latitude=item["latitude"],
            longitude=item["longitude"],
            size_hectares=item["size_hectares"],
            opening_date=item["opening_date"],
            opening_date_precision=item["opening_date_precision"],
            closing_date=item["closing_date"],
            operator=company(item["operator"]),
            property_owner=company(item["property_owner"]),
            website=item["website"],
            intro=item["intro"],
            listing_summary=item["listing_summary"],
            body=item["body"],
            hero_image=pool[item["hero_image"]] if item["hero_image"] is not None else None,
        )
        parks.append(_published(park, item["published_at"], _uuid(rng)))
    _place(index, parks, first_step)
    for start in range(0, len(parks), BATCH):
        _insert_pages(parks[start : start + BATCH])
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(parks))
    _write(stdout, f"{len(parks)} parks")

    areas, park_gallery = [], []
    for park, item in zip(parks, plan.parks, strict=True):
        areas.append(
            [ParkArea(park=park, name=name, sort_order=n) for n, name in enumerate(item["areas"])]
        )
        park_gallery.append(
            [
                ParkGalleryImage(
                    page=park, image=pool[i], caption=f"{park.title} ({n + 1})", sort_order=n
                )
                for n, i in enumerate(item["gallery"])
            ]
        )
    ParkArea.objects.bulk_create([a for group in areas for a in group], batch_size=BATCH)
    ParkGalleryImage.objects.bulk_create(
        [g for group in park_gallery for g in group], batch_size=BATCH
    )

    rides_by_park, ride_gallery = {}, {}
    for item in plan.rides:
        park = parks[item["park"]]
        stats = {name: item[name] for name in RidePage.COASTER_FIELDS if name in item}
        ride = RidePage(
            title=item["title"],
            slug=item["slug"],
            category=item["category"],
            status=item["status"],
            opening_date=item["opening_date"],
            opening_date_precision=item["opening_date_precision"],
            closing_date=item["closing_date"],
            park_area=areas[item["park"]][item["area"]] if item["area"] is not None else None,
            manufacturer=company(item["manufacturer"]),
            designer=company(item["designer"]),
            ride_model=ride_models.get(item["ride_model"]),
            min_height_cm=item["min_height_cm"],
            capacity_per_hour=item["capacity_per_hour"],
            duration_s=item["duration_s"],
            intro=item["intro"],
            listing_summary=f"A {RideCategory(item['category']).label.lower()} at {park.title}.",
            body=item["body"],
            hero_image=pool[item["hero_image"]] if item["hero_image"] is not None else None,
            **stats,
        )
        ride_gallery[id(ride)] = [
            RideGalleryImage(image=pool[i], sort_order=n) for n, i in enumerate(item["gallery"])
        ]
        rides_by_park.setdefault(item["park"], []).append(
            _published(ride, item["published_at"], _uuid(rng))
        )

    # Rides are numbered under their own park; the page rows go in, in large batches.
    rides = []
    for park_index, park_rides in rides_by_park.items():
        park = parks[park_index]
        park.numchild = len(park_rides)
        _place(park, park_rides, 1)
        rides.extend(park_rides)
    for start in range(0, len(rides), BATCH):
        _insert_pages(rides[start : start + BATCH])
    Page.objects.bulk_update(parks, ["numchild"], batch_size=BATCH)
    for ride in rides:
        for photo in ride_gallery[id(ride)]:
            photo.page = ride
    RideGalleryImage.objects.bulk_create(
        [photo for ride in rides for photo in ride_gallery[id(ride)]], batch_size=BATCH
    )
    _write(stdout, f"{len(rides)} rides")

    # A revision serialises the page with its child relations; hand each page its children in
    # memory so that serialising does not query per page.
    for park, park_areas, gallery in zip(parks, areas, park_gallery, strict=True):
        _set_children(park, {"areas": park_areas, "gallery_images": gallery})
    for ride in rides:
        _set_children(ride, {"gallery_images": ride_gallery[id(ride)]})
    _publish_revisions(parks)
    _publish_revisions(rides)
    _write(stdout, "revisions")
    _feature(index, parks, rides)
    return parks


def _feature(index, parks, rides, count=6):
    """Feature a few parks and the tallest coasters on the home page, unless it has features."""
    home = index.get_parent().specific
    if not isinstance(home, HomePage) or home.featured_pages.exists():
        return
    coasters = sorted((r for r in rides if r.height_m is not None), key=lambda r: -r.height_m)
    for position, page in enumerate([*parks[:count], *coasters[:count]]):
        HomePageFeature.objects.create(home_page=home, page=page, sort_order=position)
    home.save_revision().publish()


def _set_children(page, children):
    for rel in get_all_child_relations(page):
        name = rel.get_accessor_name()
        setattr(page, name, children.get(name, []))


def _write(stdout, message):
    if stdout is not None:
        stdout.write(f"  wrote {message}")
