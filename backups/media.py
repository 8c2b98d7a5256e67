"""Media files, read and written only through Django's storage API.

So the same code copies local folders and S3 buckets: `default` holds original images and
documents, `renditions` Wagtail's resized images. When both aliases point at the same place
(the local default, where both live under MEDIA_ROOT) the files are copied once.
"""

from django.core.files.storage import storages

MEDIA_ALIASES = ("default", "renditions")


def storage_identity(storage):
    """Where a storage keeps its files: two aliases with the same identity share them."""
    if hasattr(storage, "bucket_name"):
        return (
            "s3",
            storage.endpoint_url or "",
            storage.bucket_name,
            (storage.location or "").strip("/"),
        )
    if hasattr(storage, "base_location"):
        return ("filesystem", str(storage.location))
    return (type(storage).__qualname__, id(storage))


def media_storages():
    """[(alias, storage, alias it duplicates or None)] for the media aliases."""
    seen = {}
    result = []
    for alias in MEDIA_ALIASES:
        storage = storages[alias]
        identity = storage_identity(storage)
        result.append((alias, storage, seen.get(identity)))
        seen.setdefault(identity, alias)
    return result


def iter_files(storage, path=""):
    """Every file name in a storage, recursively, in a stable order."""
    try:
        directories, files = storage.listdir(path)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{path}/{name}" if path else name
    for directory in sorted(directories):
        yield from iter_files(storage, f"{path}/{directory}" if path else directory)


def has_files(storage):
    return next(iter_files(storage), None) is not None


def describe(storage):
    identity = storage_identity(storage)
    if identity[0] == "s3":
        _, endpoint, bucket, location = identity
        return f"s3://{bucket}/{location}" + (f" at {endpoint}" if endpoint else "")
    if identity[0] == "filesystem":
        return identity[1]
    return type(storage).__qualname__
