"""Peak memory of one large photo upload and of its rendition task, each in a fresh process.

    manage.py measure_upload_memory [--width 7000 --height 7000]

Makes a PNG of the given size (a smooth gradient, a few hundred KB like a real screenshot of a
map), then runs two child processes and prints the peak resident set size (ru_maxrss) each
reached above its own start-up baseline:

- upload: an administrator posts it to the admin's multiple uploader (the path that also
  renders the upload's preview), with background tasks held back;
- renditions: the rendition task for the stored image (every size the templates use).

It writes to the configured database and media storage and deletes what it made.
"""

import io
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand
from django.test import Client, override_settings
from django.urls import reverse
from home.tasks import generate_image_renditions
from PIL import Image
from wagtail.images import get_image_model

MEASURE_USER = "memory-measurement"


def peak_rss_mb():
    """This process's peak resident set size (VmHWM; unlike ru_maxrss it is not inherited
    from the parent across fork and exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_png(width, height):
    """A compressible PNG of width x height (a gradient, not noise)."""
    row = Image.linear_gradient("L").resize((width, 1))
    image = row.resize((width, height), Image.NEAREST).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


class Command(BaseCommand):
    help = "Measure peak memory of a large PNG upload and its rendition task."

    def add_arguments(self, parser):
        parser.add_argument("--width", type=int, default=7000)
        parser.add_argument("--height", type=int, default=7000)
        parser.add_argument("--stage", choices=["upload", "renditions"], help="(internal)")
        parser.add_argument("--file", help="(internal) the PNG to upload")

    def handle(self, *args, width, height, stage, file, **options):
        if stage == "upload":
            return self.measure_upload(Path(file))
        if stage == "renditions":
            return self.measure_renditions(Path(file))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"big-{width}x{height}.png"
            path.write_bytes(make_png(width, height))
            self.stdout.write(f"{path.name}: {path.stat().st_size // 1024} KB")
            self.report("upload (web worker)", self.child("upload", "--file", str(path)))
            self.report("rendition task", self.child("renditions", "--file", str(path)))

    def child(self, stage, *argv):
        result = subprocess.run(  # noqa: S603 - this command's own argv
            [sys.executable, sys.argv[0], "measure_upload_memory", "--stage", stage, *argv],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(result.stdout.strip().splitlines()[-1])

    def report(self, label, result):
        self.stdout.write(
            f"{label}: peak RSS {result['peak_mb']:.0f} MB "
            f"(+{result['peak_mb'] - result['baseline_mb']:.0f} MB over start-up); "
            f"{result['outcome']}"
        )

    def measure_upload(self, path):
        user, _ = get_user_model().objects.get_or_create(
            username=MEASURE_USER, defaults={"is_superuser": True, "is_staff": True}
        )
        client = Client()
        client.force_login(user)
        baseline = peak_rss_mb()
        upload = SimpleUploadedFile(path.name, path.read_bytes(), content_type="image/png")
        dummy = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        with override_settings(TASKS=dummy, ALLOWED_HOSTS=["testserver"]):
            response = client.post(
                reverse("wagtailimages:add_multiple"),
                {"files[]": upload},
                HTTP_X_REQUESTED_WITH="XMLHttpRequest",
            )
        body = response.json() if response.status_code == 200 else {}
        outcome = "accepted" if body.get("success") else f"refused: {body.get('error_message')}"
        self.stdout.write(
            json.dumps({"baseline_mb": baseline, "peak_mb": peak_rss_mb(), "outcome": outcome})
        )

    def measure_renditions(self, path):
        """Store the photo as an image row (header only, as after an accepted upload) and run
        its rendition task; the row and its files are deleted afterwards."""
        image = get_image_model().objects.create(
            title="Memory measurement",
            file=SimpleUploadedFile(path.name, path.read_bytes()),
            alt_text="A measurement image",
            credit="ThrillWiki",
            licence="cc0",
        )
        baseline = peak_rss_mb()
        try:
            created = generate_image_renditions.call(image.pk)
        finally:
            image.delete()
        self.stdout.write(
            json.dumps(
                {
                    "baseline_mb": baseline,
                    "peak_mb": peak_rss_mb(),
                    "outcome": f"{created} renditions",
                }
            )
        )
