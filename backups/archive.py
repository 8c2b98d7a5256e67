"""One backup archive: a tar file holding the database dump, the media files and a manifest.

Layout::

    manifest.json                 what is inside, with the SHA-256 and size of every file
    database.pgdump               pg_dump custom format (PostgreSQL), or
    database.sqlite3              a copy made with SQLite's backup API (embedded default)
    media/default/<name>          originals and documents, as named in the `default` storage
    media/renditions/<name>       renditions, as named in the `renditions` storage

The manifest is the last member, written once every checksum is known. `restore` verifies
every checksum before it changes anything.
"""

import hashlib
import io
import json
import posixpath
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.core.cache import caches
from django.core.files.base import File
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from backups import database, media
from backups.errors import BackupError

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024


class HashingReader(io.RawIOBase):
    """Wraps a file object; hashes and counts the bytes as tarfile reads them."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.sha256 = hashlib.sha256()
        self.size = 0

    def readable(self):
        return True

    def read(self, size=-1):
        data = self.fileobj.read(size)
        self.sha256.update(data)
        self.size += len(data)
        return data


def sha256_of(fileobj):
    digest = hashlib.sha256()
    size = 0
    while chunk := fileobj.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _add_stream(tar, arcname, fileobj, size):
    """Add `size` bytes from `fileobj` as `arcname`; return (sha256, size)."""
    info = tarfile.TarInfo(arcname)
    info.size = size
    info.mtime = int(timezone.now().timestamp())
    info.mode = 0o644
    reader = HashingReader(fileobj)
    tar.addfile(info, reader)
    if reader.size != size:
        raise BackupError(f"{arcname} changed size while it was copied; run the backup again.")
    return reader.sha256.hexdigest(), reader.size


def applied_migrations():
    """{app: latest applied migration}, so a restore can tell how old the schema is."""
    latest = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        if name > latest.get(app, ""):
            latest[app] = name
    return dict(sorted(latest.items()))


def archive_name(now=None):
    now = now or timezone.now()
    return f"thrillwiki-backup-{now.strftime('%Y%m%dT%H%M%SZ')}.tar"


def create_backup(output_dir, *, log=lambda message: None):
    """Write one archive to `output_dir` and return its path."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    created = timezone.now()
    final_path = output_dir / archive_name(created)
    if final_path.exists():
        raise BackupError(f"{final_path} already exists; wait a second and run the backup again.")
    partial_path = final_path.with_suffix(".tar.partial")
    entries = []
    manifest = {
        "format": FORMAT_VERSION,
        "created": created.isoformat(),
        "migrations": applied_migrations(),
        "storages": {},
        "files": entries,
    }
    try:
        with tarfile.open(partial_path, "w") as tar, tempfile.TemporaryDirectory() as scratch:
            dump_name = database.dump_file_name()
            dump_path = Path(scratch) / dump_name
            manifest["database"] = {"file": dump_name, **database.dump(dump_path)}
            with open(dump_path, "rb") as dump_file:
                digest, size = _add_stream(tar, dump_name, dump_file, dump_path.stat().st_size)
            entries.append({"path": dump_name, "sha256": digest, "size": size})
            log(f"Database: {manifest['database']['format']}, {size} bytes")

            for alias, storage, same_as in media.media_storages():
                record = {"backend": type(storage).__module__ + "." + type(storage).__name__}
                record["location"] = media.describe(storage)
                manifest["storages"][alias] = record
                if same_as:
                    record["same_as"] = same_as
                    log(f"Media {alias}: same storage as {same_as}")
                    continue
                count = 0
                for name in media.iter_files(storage):
                    with storage.open(name, "rb") as source:
                        digest, size = _add_stream(
                            tar, f"media/{alias}/{name}", source, storage.size(name)
                        )
                    entries.append(
                        {"path": f"media/{alias}/{name}", "sha256": digest, "size": size}
                    )
                    count += 1
                record["files"] = count
                log(f"Media {alias}: {count} files from {record['location']}")

            payload = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(payload)
            info.mtime = int(created.timestamp())
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(payload))
        partial_path.replace(final_path)
    except BaseException:
        partial_path.unlink(missing_ok=True)
        raise
    return final_path


# --- Reading and restoring --------------------------------------------------------------------


def _safe_member_path(path):
    normal = posixpath.normpath(path)
    if normal != path or normal.startswith(("/", "..")) or "\\" in path:
        raise BackupError(f"The manifest names an unsafe path: {path!r}.")
    return normal


class Archive:
    """An archive opened for reading, with its manifest checked."""

    def __init__(self, path):
        self.path = Path(path)
        if not self.path.is_file():
            raise BackupError(f"No backup archive at {self.path}.")
        try:
            self.tar = tarfile.open(self.path, "r:*")
            member = self.tar.getmember(MANIFEST)
            self.manifest = json.load(self.tar.extractfile(member))
        except KeyError:
            raise BackupError(
                f"{self.path} has no {MANIFEST}: it is not a ThrillWiki backup or is truncated."
            ) from None
        except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
            raise BackupError(
                f"{self.path} is not a readable backup archive ({exc}): "
                "it is damaged, truncated or not a backup."
            ) from None
        if self.manifest.get("format") != FORMAT_VERSION:
            raise BackupError(
                f"{self.path} has backup format {self.manifest.get('format')!r}; "
                f"this version restores format {FORMAT_VERSION}."
            )
        self.entries = {
            _safe_member_path(entry["path"]): entry for entry in self.manifest.get("files", [])
        }

    def close(self):
        self.tar.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def open_member(self, path):
        try:
            fileobj = self.tar.extractfile(self.tar.getmember(path))
        except KeyError:
            raise BackupError(f"{self.path} is missing {path}.") from None
        if fileobj is None:
            raise BackupError(f"{path} in {self.path} is not a regular file.")
        return fileobj

    def verify(self):
        """Check every file against the manifest; raise naming each one that does not match."""
        problems = []
        try:
            names = {member.name for member in self.tar.getmembers() if member.isfile()}
            for path, entry in self.entries.items():
                if path not in names:
                    problems.append(f"{path}: missing")
                    continue
                digest, size = sha256_of(self.open_member(path))
                if digest != entry["sha256"] or size != entry["size"]:
                    problems.append(f"{path}: checksum mismatch")
        except (tarfile.TarError, EOFError, OSError) as exc:
            raise BackupError(f"{self.path} is damaged ({exc}).") from None
        extra = names - set(self.entries) - {MANIFEST}
        problems += [f"{path}: not in the manifest" for path in sorted(extra)]
        if problems:
            shown = "; ".join(problems[:10])
            more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
            raise BackupError(f"{self.path} failed verification: {shown}{more}.")
        return len(self.entries)

    def media_entries(self, alias):
        prefix = f"media/{alias}/"
        return [path for path in self.entries if path.startswith(prefix)]


def check_target_is_empty():
    """Raise unless the database has no tables and the media storages have no files."""
    occupied = []
    tables = database.table_names()
    if tables:
        occupied.append(f"the database has {len(tables)} tables")
    for alias, storage, same_as in media.media_storages():
        if not same_as and media.has_files(storage):
            occupied.append(f"the {alias} storage ({media.describe(storage)}) has files")
    if occupied:
        raise BackupError(
            "Refusing to restore over existing data: "
            + "; ".join(occupied)
            + ". Restore into an empty database and storage, or pass --force to replace "
            "the database and overwrite same-named media files."
        )


def restore_backup(path, *, force=False, log=lambda message: None):
    """Verify the archive, then load its database and media into this site."""
    with Archive(path) as archive:
        if force:
            log("--force: replacing the database and overwriting media files.")
        else:
            check_target_is_empty()
        count = archive.verify()
        log(f"Verified {count} files against the manifest.")

        targets = {}
        for alias, storage, _same_as in media.media_storages():
            targets[alias] = storage
        for alias in archive.manifest.get("storages", {}):
            if alias not in targets:
                raise BackupError(f"This site has no {alias!r} storage to restore into.")

        meta = archive.manifest["database"]
        with tempfile.TemporaryDirectory() as scratch:
            dump_path = Path(scratch) / meta["file"]
            with open(dump_path, "wb") as out:
                shutil.copyfileobj(archive.open_member(meta["file"]), out, CHUNK)
            if force:
                database.drop_all_tables()
            database.restore(dump_path, meta)
        log(f"Database restored from {meta['file']}.")

        for alias, storage in targets.items():
            paths = archive.media_entries(alias)
            for member_path in paths:
                name = member_path[len(f"media/{alias}/") :]
                if force and storage.exists(name):
                    storage.delete(name)
                saved = storage.save(name, File(archive.open_member(member_path), name=name))
                if saved != name:
                    raise BackupError(
                        f"The {alias} storage saved {name} as {saved}; "
                        "restore into an empty storage."
                    )
            if paths:
                log(f"Media {alias}: {len(paths)} files restored to {media.describe(storage)}.")

    for alias in caches:
        caches[alias].clear()
    log("Caches cleared.")
    return archive.manifest
