"""Every public page type is valid HTML by the Nu HTML Checker (the W3C validator, `vnu-jar` from
npm): one JVM checks all pages at once, and any error fails the test with its page, line and
message."""

import json
import shutil
import subprocess

import pytest

from operations.errors import error_response
from thrillwiki.tests.audit_site import VNU_JAR, audit_pages, build_audit_site

pytestmark = [pytest.mark.audits, pytest.mark.django_db]


def nu_errors(files):
    """The Nu checker's errors for the given HTML files, as `(file name, message)` pairs."""
    java = shutil.which("java")
    result = subprocess.run(  # noqa: S603 - fixed argv: our jar and our temporary files
        [java, "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(result.stderr or result.stdout)
    return [
        (message["url"].rsplit("/", 1)[-1], message)
        for message in report["messages"]
        if message["type"] in ("error", "non-document-error")
    ]


# The styled error pages, rendered as the handlers render them (no database, no context).
ERROR_PAGES = [
    (400, "400.html"),
    (403, "403.html"),
    (429, "429.html"),
    (500, "500.html"),
    (503, "503.html"),
]


def test_every_public_page_type_is_valid_html(client, rf, park_index, tmp_path):
    site = build_audit_site(park_index)
    files = {}
    for number, (name, url) in enumerate(audit_pages(site)):
        response = client.get(url)
        expected = 404 if name == "not found" else 200
        assert response.status_code == expected, (name, url, response.status_code)
        assert response["Content-Type"].startswith("text/html"), (name, url)
        path = tmp_path / f"page-{number:02d}.html"
        path.write_bytes(response.content)
        files[path.name] = f"{name} ({url})"

    for status, template in ERROR_PAGES:
        response = error_response(rf.get("/"), status, template)
        path = tmp_path / f"page-{status}.html"
        path.write_bytes(response.content)
        files[path.name] = f"error page {status}"

    errors = nu_errors(files_in_order := sorted(tmp_path.glob("page-*.html")))
    assert len(files_in_order) == len(files)
    report = [
        f"{files.get(file, file)} line {msg.get('lastLine', '?')}: {msg['message']}"
        f" [{msg.get('extract', '').strip()[:120]}]"
        for file, msg in errors
    ]
    assert report == [], f"{len(report)} Nu HTML Checker errors:\n" + "\n".join(report)
