"""(Re)build the renditions the site's templates use, for every image or for one."""

import argparse

from django.core.management.base import BaseCommand, CommandError
from wagtail.images.models import SourceImageIOError

from images.models import CustomImage
from images.progress import ProgressBar
from images.renditions import ensure_renditions
from images.slots import all_specs


class Command(BaseCommand):
    help = (
        "Create the missing renditions (hero, thumbnails, lightbox, body, social) of every image, "
        "or of one with --image. Idempotent: existing renditions are kept unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("--image", type=int, metavar="ID", help="Only this image.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Delete the image's renditions first and make them all again.",
        )
        parser.add_argument(
            "--progress",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="Show a progress bar on stderr (default: when stderr is a terminal).",
        )

    def handle(self, *args, image=None, force=False, progress=None, **options):
        images = CustomImage.objects.order_by("pk")
        if image is not None:
            images = images.filter(pk=image)
            if not images.exists():
                raise CommandError(f"There is no image with id {image}.")
        checked = created = 0
        failed = []
        bar = ProgressBar(self.stderr, images.count(), "Renditions (images)", enabled=progress)
        for photo in images.iterator():
            checked += 1
            bar.advance()
            try:
                created += ensure_renditions(photo, force=force)
            except SourceImageIOError as exc:
                failed.append(photo.pk)
                self.stderr.write(f"Image {photo.pk} ({photo.title}): {exc}")
        bar.close()
        self.stdout.write(
            f"{checked} image(s) checked, {created} rendition(s) created "
            f"({len(all_specs())} per image), {len(failed)} failed."
        )
        if failed:
            raise CommandError(f"Renditions could not be made for image(s) {failed}; run again.")
