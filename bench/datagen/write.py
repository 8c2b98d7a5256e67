"""Writing a planned dataset in bulk (see bench.datagen)."""

import random
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import connection, reset_queries, transaction
from django.db.models import F
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, ReferenceIndex, Revision

from bench.datagen.plan import _uuid
from bench.datagen.vocabulary import BATCH, FEATURED, RIDE_CHUNK
from companies.models import Company
from home.models import HomePage, HomePageFeature
from images.models import CustomImage, ImageLicence
from images.placeholders import placeholder_jpeg
from parks.builders import build_areas, build_gallery, build_park
from parks.models import ParkArea, ParkGalleryImage, ParkIndexPage, ParkPage
from rides.builders import build_ride
from rides.choices import RideCategory
from rides.models import RideGalleryImage, RideModel


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


def _place(parent, page, step):
    """Give an unsaved page its treebeard path, depth and url_path as `step`th child of `parent`."""
    page.depth = parent.depth + 1
    page.path = Page._get_path(parent.path, page.depth, step)
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
    # One UPDATE per page, sent as a batch (bulk_update's CASE grows with the batch).
    quote = connection.ops.quote_name
    sql = "UPDATE {} SET {} = %s, {} = %s WHERE {} = %s".format(  # noqa: S608 (quoted names)
        quote(Page._meta.db_table),
        quote("latest_revision_id"),
        quote("live_revision_id"),
        quote("id"),
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, [(p.latest_revision_id, p.live_revision_id, p.pk) for p in pages])


def _index_references(pages):
    """Wagtail's reference index rows of freshly written pages, inserted in bulk.

    rebuild_references_index re-reads every object (each page twice, as Page and as its own
    type) with a few queries per object: half the generation time at 10,000 rides. These pages
    are new and hold their child rows in memory, so their references are extracted here as
    Wagtail extracts them (ReferenceIndex's own, private, helpers: the tests compare the result
    with a rebuild_references_index) and written in one go.
    """
    base_type = ContentType.objects.get_for_model(Page)
    rows = []
    for page in pages:
        page_type = ContentType.objects.get_for_model(page, for_concrete_model=False)
        for to_type, to_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(page)
        ):
            rows.append(
                ReferenceIndex(
                    content_type=page_type,
                    base_content_type=base_type,
                    object_id=page.pk,
                    to_content_type_id=to_type,
                    to_object_id=to_id,
                    model_path=model_path,
                    content_path=content_path,
                    content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
                )
            )
    ReferenceIndex.objects.bulk_create(rows, batch_size=BATCH)


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
    """Write `plan` under the park index. Returns the created parks (in plan order).

    Parks are written first, then rides in chunks of RIDE_CHUNK (pages, gallery rows, revisions
    and reference-index rows together), so memory stays flat however many rides are asked for.
    """
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
    parks, areas = _write_parks(plan, index, pool, companies, rng)
    _write(stdout, f"{len(parks)} parks")
    reset_queries()
    refs = {"companies": companies, "ride_models": ride_models, "images": pool}
    tallest = _write_rides(plan, parks, areas, refs, rng, stdout)
    _feature(index, parks, tallest)
    # Everything else the dataset touched that Wagtail indexes references of (a handful).
    for obj in [*pool, *ride_models.values(), index.get_parent().specific]:
        ReferenceIndex.create_or_update_for_object(obj)
    return parks


def _write_parks(plan, index, pool, companies, rng):
    """The park pages (after any existing children of the index), their areas and galleries."""
    last = index.get_last_child()
    first_step = (Page._str2int(last.path[-Page.steplen :]) + 1) if last else 1
    ride_counts = Counter(item["park"] for item in plan.rides)
    parks = []
    for n, item in enumerate(plan.parks):
        park = build_park(item, companies=companies, images=pool)
        park.numchild = ride_counts[n]
        parks.append(_published(park, item["published_at"], _uuid(rng)))
    for offset, park in enumerate(parks):
        _place(index, park, first_step + offset)
    for start in range(0, len(parks), BATCH):
        _insert_pages(parks[start : start + BATCH])
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(parks))

    areas, park_gallery = [], []
    for park, item in zip(parks, plan.parks, strict=True):
        areas.append(_belonging_to(build_areas(item["areas"]), park=park))
        photos = [pool[i] for i in item["gallery"]]
        park_gallery.append(_belonging_to(build_gallery(park.title, photos), page=park))
    ParkArea.objects.bulk_create([a for group in areas for a in group], batch_size=BATCH)
    ParkGalleryImage.objects.bulk_create(
        [g for group in park_gallery for g in group], batch_size=BATCH
    )
    # A revision serialises the page with its child relations; hand each page its children in
    # memory so that neither serialising nor extracting references queries per page.
    for park, park_areas, gallery in zip(parks, areas, park_gallery, strict=True):
        _set_children(park, {"areas": park_areas, "gallery_images": gallery})
    _publish_revisions(parks)
    _index_references(parks)
    return parks, areas


def _write_rides(plan, parks, areas, refs, rng, stdout):
    """The ride pages, RIDE_CHUNK at a time, numbered under their park in plan order.

    Returns the FEATURED tallest roller coasters, for the home page.
    """
    next_step = [1] * len(parks)
    tallest = []
    for start in range(0, len(plan.rides), RIDE_CHUNK):
        rides, galleries = [], []
        for item in plan.rides[start : start + RIDE_CHUNK]:
            park = parks[item["park"]]
            summary = f"A {RideCategory(item['category']).label.lower()} at {park.title}."
            facts = {**item, "listing_summary": summary}
            ride = build_ride(facts, areas=areas[item["park"]], **refs)
            rides.append(_published(ride, item["published_at"], _uuid(rng)))
            _place(park, ride, next_step[item["park"]])
            next_step[item["park"]] += 1
            galleries.append(
                [
                    RideGalleryImage(image=refs["images"][i], sort_order=n)
                    for n, i in enumerate(item["gallery"])
                ]
            )
        for batch in range(0, len(rides), BATCH):
            _insert_pages(rides[batch : batch + BATCH])
        for ride, gallery in zip(rides, galleries, strict=True):
            _belonging_to(gallery, page=ride)
            _set_children(ride, {"gallery_images": gallery})
        RideGalleryImage.objects.bulk_create(
            [photo for gallery in galleries for photo in gallery], batch_size=BATCH
        )
        _publish_revisions(rides)
        _index_references(rides)
        coasters = [r for r in [*tallest, *rides] if r.height_m is not None]
        tallest = sorted(coasters, key=lambda r: (-r.height_m, r.path))[:FEATURED]
        _write(stdout, f"{start + len(rides)} rides")
        # With DEBUG on (the dev settings) Django keeps every statement it ran, and a bulk
        # insert's SQL holds all its rows: without this the log grows with the dataset.
        reset_queries()
    return tallest


def _feature(index, parks, coasters):
    """Feature a few parks and the tallest coasters on the home page, unless it has features."""
    home = index.get_parent().specific
    if not isinstance(home, HomePage) or home.featured_pages.exists():
        return
    for position, page in enumerate([*parks[:FEATURED], *coasters]):
        HomePageFeature.objects.create(home_page=home, page=page, sort_order=position)
    home.save_revision().publish()


def _belonging_to(rows, **parent):
    """Point the builder's unsaved child rows at their (now saved) page."""
    for row in rows:
        for name, page in parent.items():
            setattr(row, name, page)
    return rows


def _set_children(page, children):
    for rel in get_all_child_relations(page):
        name = rel.get_accessor_name()
        setattr(page, name, children.get(name, []))


def _write(stdout, message):
    if stdout is not None:
        stdout.write(f"  wrote {message}")
