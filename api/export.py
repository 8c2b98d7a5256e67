"""Bulk downloads: every resource as CSV and JSON, plus a manifest, in the media storage.

Rows are read with `.iterator()` in chunks and written straight to a temporary file while a
SHA-256 is computed, so memory stays flat however large the catalogue grows; the storage then
streams each file up (S3 in production). Each export goes under its own folder
(open-data/<timestamp>/) and the manifest, written last, points at it, so a reader never sees
half an export; older folders are removed once a newer one is complete.
"""

import contextlib
import csv
import datetime
import hashlib
import io
import json
import tempfile
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.utils import timezone

from api.querysets import public_companies, public_parks, public_ride_models, public_rides
from api.represent import history_fields
from parks.models import attach_parks
from rides.units import to_imperial

ROOT = "open-data"
MANIFEST = f"{ROOT}/manifest.json"
CHUNK = 1000
LICENCE = {
    "name": "Open Database License (ODbL) v1.0",
    "url": "https://opendatacommons.org/licenses/odbl/1-0/",
    "attribution": "ThrillWiki contributors",
}
LICENCE_LINES = [
    f"{LICENCE['name']}: {LICENCE['url']}",
    f"Attribution: © {LICENCE['attribution']}. Share derived databases under the ODbL.",
]
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}
ACRES_PER_HECTARE = Decimal("2.47105")


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _slug(obj):
    return obj.slug if obj is not None else None


def _imperial(value, unit):
    return None if value is None else to_imperial(value, unit)


def park_row(page):
    size = page.size_hectares
    return {
        "slug": page.slug,
        "name": page.title,
        "status": page.status,
        "park_type": page.park_type,
        **history_fields(page),
        "operator": _slug(page.operator),
        "property_owner": _slug(page.property_owner),
        "city": page.city,
        "region": page.region,
        "country": page.country.code,
        "latitude": page.latitude,
        "longitude": page.longitude,
        "website": page.website,
        "size_hectares": size,
        "size_acres": None if size is None else round(size * ACRES_PER_HECTARE, 1),
        "ride_count": page.ride_count,
        "roller_coaster_count": page.coaster_count,
        "wikidata_id": page.wikidata_id,
        "rcdb_id": page.rcdb_id,
        "url": page.get_full_url(),
    }


def ride_row(page):
    return {
        "slug": page.slug,
        "park": page.park_page.slug if page.park_page else None,
        "name": page.title,
        "category": page.category,
        "status": page.status,
        "park_area": page.park_area.name if page.park_area_id else None,
        **history_fields(page),
        "manufacturer": _slug(page.manufacturer),
        "designer": _slug(page.designer),
        "model": _slug(page.ride_model),
        "track_material": page.track_material,
        "coaster_type": page.coaster_type,
        "launch_type": page.launch_type,
        "height_m": page.height_m,
        "height_ft": _imperial(page.height_m, "m"),
        "drop_m": page.drop_m,
        "drop_ft": _imperial(page.drop_m, "m"),
        "length_m": page.length_m,
        "length_ft": _imperial(page.length_m, "m"),
        "speed_kmh": page.speed_kmh,
        "speed_mph": _imperial(page.speed_kmh, "km/h"),
        "inversions": page.inversions,
        "max_vertical_angle_deg": page.max_vertical_angle_deg,
        "g_force": page.g_force,
        "trains": page.trains,
        "cars_per_train": page.cars_per_train,
        "riders_per_car": page.riders_per_car,
        "min_height_cm": page.min_height_cm,
        "min_height_in": _imperial(page.min_height_cm, "cm"),
        "capacity_per_hour": page.capacity_per_hour,
        "duration_s": page.duration_s,
        "wikidata_id": page.wikidata_id,
        "rcdb_id": page.rcdb_id,
        "captain_coaster_slug": page.captain_coaster_slug,
        "url": page.get_full_url(),
    }


def company_row(company):
    return {
        "slug": company.slug,
        "name": company.name,
        "roles": [str(role) for role in company.roles],
        "website": company.website,
        "founded_year": company.founded_year,
        "headquarters_country": company.headquarters_country.code or None,
        "wikidata_id": company.wikidata_id,
        "rcdb_id": company.rcdb_id,
        "url": _absolute(company.get_absolute_url()),
    }


def ride_model_row(model):
    return {
        "slug": model.slug,
        "name": model.name,
        "category": model.category,
        "manufacturer": model.manufacturer.slug,
        "url": _absolute(model.get_absolute_url()),
    }


def _rides_with_parks(rides):
    """Rides in chunks, each chunk's parks fetched with one query (rides.models.attach_parks)."""
    batch = []
    for ride in rides:
        batch.append(ride)
        if len(batch) == CHUNK:
            yield from attach_parks(batch)
            batch = []
    yield from attach_parks(batch)


@dataclass(frozen=True)
class Resource:
    name: str
    rows: object  # () -> iterable of dicts

    def iter_rows(self):
        return self.rows()


RESOURCES = [
    Resource("parks", lambda: map(park_row, public_parks().order_by("pk").iterator(CHUNK))),
    Resource(
        "rides",
        lambda: map(ride_row, _rides_with_parks(public_rides().order_by("pk").iterator(CHUNK))),
    ),
    Resource(
        "companies", lambda: map(company_row, public_companies().order_by("pk").iterator(CHUNK))
    ),
    Resource(
        "ride-models",
        lambda: map(ride_model_row, public_ride_models().order_by("pk").iterator(CHUNK)),
    ),
]


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def _json_value(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


class HashingWriter:
    """A text sink that writes UTF-8 to a binary file, counting bytes and hashing as it goes."""

    def __init__(self, binary):
        self.binary, self.sha256, self.size = binary, hashlib.sha256(), 0

    def write(self, text):
        data = text.encode()
        self.binary.write(data)
        self.sha256.update(data)
        self.size += len(data)


def write_csv(rows, sink):
    """Licence lines as `#` comments, then a header row and one row per record."""
    for line in LICENCE_LINES:
        sink.write(f"# {line}\n")
    writer, count = None, 0
    for row in rows:
        if writer is None:
            writer = csv.writer(sink, lineterminator="\n")
            writer.writerow(row.keys())
        writer.writerow([_csv_value(value) for value in row.values()])
        count += 1
    return count


def write_json(rows, sink, resource, generated_at):
    """{"licence": ..., "resource": ..., "generated_at": ..., "rows": [...]}, one row at a time."""
    head = {"licence": LICENCE, "resource": resource, "generated_at": generated_at}
    sink.write(json.dumps(head)[:-1] + ', "rows": [')
    count = 0
    for row in rows:
        sink.write((",\n" if count else "\n") + json.dumps(row, default=_json_value))
        count += 1
    sink.write("\n]}\n")
    return count


def _store(storage, name, tmp):
    tmp.seek(0)
    if storage.exists(name):
        storage.delete(name)
    return storage.save(name, File(tmp, name=name.rsplit("/", 1)[-1]))


def export_resource(resource, folder, generated_at, storage):
    """Write one resource as CSV and JSON; returns their manifest entries."""
    entries = []
    for fmt in ("csv", "json"):
        with tempfile.TemporaryFile() as tmp:
            sink = HashingWriter(tmp)
            if fmt == "csv":
                count = write_csv(resource.iter_rows(), sink)
            else:
                count = write_json(resource.iter_rows(), sink, resource.name, generated_at)
            stored = _store(storage, f"{folder}/{resource.name}.{fmt}", tmp)
        entries.append(
            {
                "name": f"{resource.name}.{fmt}",
                "path": stored,
                "rows": count,
                "bytes": sink.size,
                "sha256": sink.sha256.hexdigest(),
                "content_type": CONTENT_TYPES[fmt],
            }
        )
    return entries


def export_open_data(storage=default_storage, now=None):
    """Export every resource, then publish the manifest that points at them; returns it."""
    now = now or timezone.now()
    generated_at = now.isoformat(timespec="seconds")
    folder = f"{ROOT}/{now:%Y%m%dT%H%M%S}"
    files = []
    for resource in RESOURCES:
        files.extend(export_resource(resource, folder, generated_at, storage))
    manifest = {"licence": LICENCE, "generated_at": generated_at, "folder": folder, "files": files}
    with tempfile.TemporaryFile() as tmp:
        tmp.write(json.dumps(manifest, indent=2).encode())
        _store(storage, MANIFEST, tmp)
    remove_old_exports(storage, keep=folder)
    return manifest


def read_manifest(storage=default_storage):
    """The current manifest, or None before the first export."""
    if not storage.exists(MANIFEST):
        return None
    with storage.open(MANIFEST) as handle:
        return json.load(io.TextIOWrapper(handle, encoding="utf-8"))


def remove_old_exports(storage, keep):
    """Delete export folders older than `keep` (and the one before it, for downloads in flight)."""
    folders, _ = storage.listdir(ROOT)
    stale = sorted(f"{ROOT}/{name}" for name in folders if f"{ROOT}/{name}" < keep)[:-1]
    for folder in stale:
        _, names = storage.listdir(folder)
        for name in names:
            storage.delete(f"{folder}/{name}")
        with contextlib.suppress(OSError):  # the empty folder, where the storage has folders
            storage.delete(folder)
