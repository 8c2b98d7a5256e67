"""The Django side of `make bench` (bench/prepass.py) against a generated dataset."""

import importlib.util
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def _prepass():
    path = Path(settings.BASE_DIR) / "bench" / "prepass.py"
    spec = importlib.util.spec_from_file_location("bench_prepass", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_prepass_recognises_the_dataset_and_counts_queries_of_every_endpoint():
    prepass = _prepass()
    call_command("generate_data", parks=3, rides=50, seed=1, images=2)
    assert prepass.dataset(3, 50, 1, 2)["matches"] is True
    assert prepass.dataset(3, 51, 1, 2)["matches"] is False
    assert prepass.dataset(3, 50, 2, 2)["matches"] is False

    info = prepass.endpoints()
    endpoints = {e["name"]: e for e in info["endpoints"]}
    assert len([name for name in endpoints if name.startswith("search '")]) == 5
    for name, endpoint in endpoints.items():
        assert endpoint["status"] == 200, (name, endpoint["status"])
        assert endpoint["bytes"] > 0
    assert endpoints["static file"]["queries"] == 0
    assert all(endpoints[name]["queries"] > 0 for name in ("home", "parks", "ride page"))
    park = endpoints["park page (40 rides)"]
    assert park["path"].startswith("/parks/")
    assert endpoints["parks htmx partial"]["headers"]["HX-Target"] == "park-results"
    assert info["page_cache_supported"] == hasattr(settings, "PAGE_CACHE_SECONDS")

    # A database whose image originals are missing from the media folder is not reusable.
    image = get_image_model().objects.first()
    image.file.storage.delete(image.file.name)
    assert prepass.dataset(3, 50, 1, 2) == {
        "parks": 3,
        "rides": 50,
        "missing_originals": 1,
        "matches": False,
    }
