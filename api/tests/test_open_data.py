"""Bulk downloads: every resource as CSV and JSON under a stated licence, listed at /data/."""

import csv
import datetime
import hashlib
import io
import json

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone

from api.export import LICENCE, export_open_data, read_manifest
from operations.management.commands.run_worker import export_open_data_once

pytestmark = pytest.mark.django_db


def download(client, name):
    response = client.get(f"/data/{name}")
    assert response.status_code == 200, name
    return b"".join(response.streaming_content)


def test_the_export_holds_only_public_rows_under_the_licence(client, catalogue):
    call_command("export_open_data", stdout=io.StringIO())
    rides_csv = download(client, "rides.csv").decode()
    comments = [line for line in rides_csv.splitlines() if line.startswith("#")]
    assert LICENCE["url"] in comments[0]
    rows = list(csv.DictReader(line for line in rides_csv.splitlines() if line[:1] != "#"))
    assert sorted(row["name"] for row in rows) == [
        "Boomerang Europa",
        "Carousel",
        "Magnum XL-200",
        "Millennium Force",
    ]
    millennium = next(row for row in rows if row["slug"] == "millennium-force")
    assert (millennium["park"], millennium["height_m"], millennium["height_ft"]) == (
        "cedar-point",
        "94.5",
        "310",
    )
    assert millennium["rcdb_id"] == "1904"
    parks = json.loads(download(client, "parks.json"))
    assert parks["licence"] == LICENCE
    assert [park["name"] for park in parks["rows"]] == ["Cedar Point", "Europa-Park"]
    assert parks["rows"][0]["wikidata_id"] == "Q1052415"


def test_the_manifest_counts_rows_and_checksums_every_file(client, catalogue):
    call_command("export_open_data", stdout=io.StringIO())
    manifest = json.loads(download(client, "manifest.json"))
    files = {entry["name"]: entry for entry in manifest["files"]}
    assert set(files) == {
        f"{name}.{fmt}"
        for name in ("parks", "rides", "companies", "ride-models")
        for fmt in ("csv", "json")
    }
    assert files["rides.json"]["rows"] == 4
    assert files["companies.csv"]["rows"] == 5
    for name, entry in files.items():
        content = download(client, name)
        assert hashlib.sha256(content).hexdigest() == entry["sha256"]
        assert len(content) == entry["bytes"]


def test_the_data_page_lists_the_files_and_the_licence(
    client, catalogue, django_assert_max_num_queries
):
    assert b"has not been made yet" in client.get("/data/").content
    assert client.get("/data/rides.csv").status_code == 404
    call_command("export_open_data", stdout=io.StringIO())
    with django_assert_max_num_queries(2):
        response = client.get("/data/")
    assert b'href="/data/rides.csv"' in response.content
    assert LICENCE["name"].encode() in response.content
    assert client.get("/data/secrets.txt").status_code == 404


def test_a_new_export_replaces_the_old_one(client, catalogue, settings):
    first = export_open_data(now=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    export_open_data(now=datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC))
    catalogue["parks"]["europa"].unpublish()
    third = export_open_data(now=datetime.datetime(2026, 1, 3, tzinfo=datetime.UTC))
    parks = json.loads(download(client, "parks.json"))
    assert [park["name"] for park in parks["rows"]] == ["Cedar Point"]
    assert third["generated_at"].startswith("2026-01-03")
    folders, _ = default_storage.listdir("open-data")
    assert first["folder"].rsplit("/", 1)[-1] not in folders


def test_the_daily_run_skips_a_fresh_export(catalogue):
    out = io.StringIO()
    call_command("export_open_data", stdout=out)
    assert "Exported in" in out.getvalue()
    again = io.StringIO()
    call_command("export_open_data", "--if-older-than", "86400", stdout=again)
    assert "nothing to do" in again.getvalue()


def test_the_worker_refreshes_an_export_once_it_is_a_day_old(catalogue, settings):
    old = export_open_data(now=timezone.now() - datetime.timedelta(days=2))
    assert export_open_data_once()
    assert read_manifest()["generated_at"] != old["generated_at"]
    fresh = read_manifest()["generated_at"]
    assert export_open_data_once()
    assert read_manifest()["generated_at"] == fresh


def test_the_data_page_is_in_the_sitemap(client, catalogue):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/data/</loc>" in xml
    assert "/parks/cedar-point/</loc>" in xml  # the pages are still listed
