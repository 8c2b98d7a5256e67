"""/data/: the bulk downloads, their licence and checksums, and the files themselves.

Files are streamed from the media storage through these views (the storage keeps objects
private), each with its checksum as ETag so clients and CDNs can cache it until the next export.
"""

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils.cache import patch_cache_control

from api.export import LICENCE, MANIFEST, read_manifest
from api.filters import MAX_PAGE_SIZE


def data_page(request):
    manifest = read_manifest()
    context = {
        "manifest": manifest,
        "licence": LICENCE,
        "rate_limit": settings.API_RATE_LIMIT_PER_MINUTE,
        "max_page_size": MAX_PAGE_SIZE,
    }
    return render(request, "api/data.html", context)


def data_file(request, name):
    """One file of the current export, by its public name (rides.csv, manifest.json, ...)."""
    manifest = read_manifest()
    if manifest is None:
        raise Http404("No export has been made yet.")
    if name == "manifest.json":
        response = FileResponse(default_storage.open(MANIFEST), content_type="application/json")
        response["ETag"] = f'"{manifest["generated_at"]}"'
    else:
        entry = {entry["name"]: entry for entry in manifest["files"]}.get(name)
        if entry is None:
            raise Http404("No such file in the current export.")
        response = FileResponse(
            default_storage.open(entry["path"]), content_type=entry["content_type"]
        )
        response["ETag"] = f'"{entry["sha256"]}"'
    patch_cache_control(response, public=True, max_age=3600)
    return response
