"""Backups (the `backups` app): what `manage.py backup` writes comes back whole through
`manage.py restore`. (Kept with the other operations tests, inside pytest's testpaths.)

The round trips run against the real pieces: pg_dump/pg_restore on PostgreSQL and moto's S3
server for media (or SQLite and local media on the embedded default). They change the test
database wholesale, so they run as transactional tests that put the migration-made data back.
"""

import hashlib
import io
import json
import os
import tarfile

import pytest
from django.core.files.storage import storages
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from backups import media
from backups.archive import MANIFEST
from images.factories import ImageFactory
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory
from thrillwiki.testing import run_project

roundtrip = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def build_content(park_index):
    """Pages with several revisions (one of them an unpublished draft), images and renditions."""
    image = ImageFactory(title="Station")
    second = ImageFactory(title="Lift hill")
    image.get_rendition("fill-300x200")
    second.get_rendition("width-200")
    park = ParkPageFactory(parent=park_index, title="Cedar Point", hero_image=image)
    park.intro = "Published second version."
    park.save_revision().publish()
    park.intro = "A draft nobody has approved yet."
    park.save_revision()
    ride = CoasterPageFactory(parent=park, title="Millennium Force", hero_image=second)
    ride.save_revision().publish()
    return park, ride


def snapshot():
    """Everything the round trip must bring back, in comparable form."""
    image_model = get_image_model()
    files = {}
    for alias, storage, same_as in media.media_storages():
        if same_as:
            continue
        files[alias] = {
            name: hashlib.sha256(storage.open(name, "rb").read()).hexdigest()
            for name in media.iter_files(storage)
        }
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "id",
                "path",
                "title",
                "slug",
                "live",
                "has_unpublished_changes",
                "latest_revision_id",
                "live_revision_id",
                "content_type__model",
            )
        ),
        "revisions": [
            (revision.id, revision.object_id, json.dumps(revision.content, sort_keys=True))
            for revision in Revision.objects.order_by("id")
        ],
        "images": list(image_model.objects.order_by("id").values_list("id", "title", "file")),
        "renditions": list(
            image_model.get_rendition_model()
            .objects.order_by("id")
            .values_list("image_id", "filter_spec", "file")
        ),
        "files": files,
    }


def drop_database_schema():
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE")
        cursor.execute("CREATE SCHEMA public")


@pytest.mark.postgres
@pytest.mark.s3
@roundtrip
def test_round_trip_on_postgres_with_media_on_s3(park_index, s3, tmp_path):
    build_content(park_index)
    before = snapshot()
    assert len(before["files"]["default"]) == 2  # two originals
    # Publishing pre-generates every rendition the templates use; each one is a file.
    assert len(before["files"]["renditions"]) == len(before["renditions"]) > 0
    assert len(before["revisions"]) == 3  # two of the park (one a draft), one of the ride

    call_command("backup", output_dir=str(tmp_path), verbosity=0)
    (archive,) = tmp_path.glob("thrillwiki-backup-*.tar")

    # Lose everything: every table and every object in the bucket.
    drop_database_schema()
    for key in s3.keys():
        s3.client.delete_object(Bucket=s3.bucket, Key=key)
    with connection.cursor() as cursor:
        assert connection.introspection.table_names(cursor) == []
    assert s3.keys() == []

    call_command("restore", str(archive), verbosity=0)

    after = snapshot()
    assert after == before
    # Originals stay private and renditions public, exactly as the storages write them.
    original_key = next(key for key in s3.keys("originals/"))
    rendition_key = next(key for key in s3.keys("renditions/"))
    assert _public_read(s3, original_key) is False
    assert _public_read(s3, rendition_key) is True
    # The restored site serves the restored pages.
    park = Page.objects.get(title="Cedar Point").specific
    assert park.get_latest_revision().content["intro"] == "A draft nobody has approved yet."
    assert park.intro == "Published second version."


def _public_read(s3, key):
    grants = s3.client.get_object_acl(Bucket=s3.bucket, Key=key)["Grants"]
    return any(
        grant["Grantee"].get("URI", "").endswith("/global/AllUsers")
        and grant["Permission"] == "READ"
        for grant in grants
    )


@roundtrip
def test_force_restore_puts_back_changed_and_deleted_content(park_index, tmp_path, client):
    """On whatever database is configured (SQLite by default) with local media."""
    park, ride = build_content(park_index)
    before = snapshot()
    call_command("backup", output_dir=str(tmp_path), verbosity=0)
    (archive,) = tmp_path.glob("*.tar")

    ride.delete()
    park.title = "Renamed by mistake"
    park.save_revision().publish()
    storage = storages["default"]
    lost = next(iter(before["files"]["default"]))
    storage.delete(lost)
    assert snapshot() != before

    with pytest.raises(CommandError, match="Refusing to restore over existing data"):
        call_command("restore", str(archive), verbosity=0)

    call_command("restore", str(archive), force=True, verbosity=0)

    assert snapshot() == before
    assert client.get(park.url).status_code == 200
    assert b"Millennium Force" in client.get(park.url).content


@roundtrip
def test_restore_refuses_non_empty_media_storage(park_index, tmp_path):
    build_content(park_index)
    call_command("backup", output_dir=str(tmp_path), verbosity=0)
    (archive,) = tmp_path.glob("*.tar")
    with pytest.raises(CommandError) as error:
        call_command("restore", str(archive), verbosity=0)
    message = str(error.value)
    assert "the database has" in message
    assert "the default storage" in message
    assert "--force" in message


@roundtrip
def test_the_manifest_lists_every_file_with_its_checksum(park_index, tmp_path):
    build_content(park_index)
    call_command("backup", output_dir=str(tmp_path), verbosity=0)
    (archive,) = tmp_path.glob("thrillwiki-backup-*T*Z.tar")
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile(MANIFEST))
        members = {member.name for member in tar.getmembers()}
        for entry in manifest["files"]:
            data = tar.extractfile(entry["path"]).read()
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            assert len(data) == entry["size"]
    assert members == {entry["path"] for entry in manifest["files"]} | {MANIFEST}
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["migrations"]["parks"].startswith("00")
    media_files = [e for e in manifest["files"] if e["path"].startswith("media/")]
    renditions = get_image_model().get_rendition_model().objects.count()
    assert renditions > 0
    assert len(media_files) == 2 + renditions  # two originals and every rendition, each once
    assert manifest["storages"]["renditions"]["same_as"] == "default"


def tamper(archive, out):
    """A copy of `archive` with one media file's last byte flipped (the manifest untouched)."""
    changed = False
    with tarfile.open(archive) as source, tarfile.open(out, "w") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name.startswith("media/") and not changed:
                data = data[:-1] + bytes([data[-1] ^ 0xFF])
                changed = True
            target.addfile(member, io.BytesIO(data))
    assert changed
    return out


@roundtrip
def test_a_tampered_archive_is_refused_before_anything_changes(park_index, tmp_path):
    build_content(park_index)
    call_command("backup", output_dir=str(tmp_path), verbosity=0)
    (archive,) = tmp_path.glob("*.tar")
    bad = tamper(archive, tmp_path / "bad.tar")
    pages_before = Page.objects.count()

    with pytest.raises(CommandError, match="failed verification: media/.*checksum mismatch"):
        call_command("restore", str(bad), force=True, verbosity=0)

    assert Page.objects.count() == pages_before


# --- The command line: clear messages, non-zero exit, no traceback ---------------------------


def run_restore(*args):
    return run_project(
        "manage.py", "restore", *args, DJANGO_SETTINGS_MODULE="thrillwiki.settings.test"
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "nowhere.tar", "No backup archive at"),
        (lambda tmp: _write(tmp / "noise.tar", os.urandom(4096)), "not a readable backup"),
        (lambda tmp: _truncated(tmp / "cut.tar"), "(unexpected end of data): it is damaged"),
        (lambda tmp: _without_manifest(tmp / "other.tar"), "has no manifest.json"),
    ],
    ids=["missing", "not-a-tar", "truncated", "no-manifest"],
)
def test_restore_explains_a_bad_archive_without_a_traceback(tmp_path, make, message):
    result = run_restore(str(make(tmp_path)))
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def _write(path, data):
    path.write_bytes(data)
    return path


def _truncated(path):
    """A tar cut off before its manifest, as a failed copy would leave it."""
    with tarfile.open(path, "w") as tar:
        info = tarfile.TarInfo("database.pgdump")
        payload = b"x" * 20000
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
    path.write_bytes(path.read_bytes()[:12000])
    return path


def _without_manifest(path):
    """A whole, valid tar that is not a backup."""
    with tarfile.open(path, "w") as tar:
        info = tarfile.TarInfo("notes.txt")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"hello"))
    return path


@roundtrip
def test_restoring_an_older_backup_says_to_migrate(park_index, tmp_path):
    from django.db.migrations.recorder import MigrationRecorder

    recorded = MigrationRecorder.Migration.objects
    latest = recorded.filter(app="parks").order_by("-name").first()
    latest.delete()  # the archive will look one migration older than the code
    try:
        call_command("backup", output_dir=str(tmp_path), verbosity=0)
        (archive,) = tmp_path.glob("*.tar")
        out = io.StringIO()
        call_command("restore", str(archive), force=True, stdout=out)
    finally:
        recorded.get_or_create(app=latest.app, name=latest.name)
    assert "Verified" in out.getvalue()
    assert "The backup predates 1 migration of this code" in out.getvalue()
    assert "run `manage.py migrate`" in out.getvalue()
