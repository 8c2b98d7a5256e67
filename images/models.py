"""The site's photos: CustomImage carries rights metadata, CustomRendition its resized copies."""

import logging

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, SourceImageIOError
from wagtail.search import index
from wagtail.utils.file import hash_filelike

from images.filters import STORAGE_ERRORS, MetadataFreeFilter
from images.uploads import inspect_image_upload

logger = logging.getLogger(__name__)


class ImageLicence(models.TextChoices):
    CC0 = "cc0", "CC0 (public domain dedication)"
    PUBLIC_DOMAIN = "public-domain", "Public domain"
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    PERMISSION = "permission", "Used with the rights holder's permission"
    OWN_WORK = "own-work", "Contributor's own work, licensed to ThrillWiki"


class CustomImage(AbstractImage):
    """Photos carry rights metadata: a wiki publishes other people's pictures, so every image
    records who took it, under which licence, and where it came from, and has real alt text."""

    alt_text = models.CharField(
        max_length=255,
        help_text="Describe the photo for readers who cannot see it.",
    )
    credit = models.CharField(max_length=255, help_text="Photographer or rights holder.")
    licence = models.CharField(max_length=32, choices=ImageLicence.choices)
    source_url = models.URLField(
        "source URL", blank=True, help_text="Where the original was published (https://…)."
    )

    admin_form_fields = (
        "title",
        "file",
        "alt_text",
        "credit",
        "licence",
        "source_url",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    search_fields = AbstractImage.search_fields + [index.SearchField("credit")]

    class Meta:
        # The table kept its name when the model moved here from `home` (images 0001).
        db_table = "home_customimage"

    @property
    def default_alt_text(self):
        return self.alt_text or self.title

    @property
    def attribution(self):
        return f"{self.credit} · {self.get_licence_display()}"

    def clean(self):
        super().clean()
        # Files not yet stored are checked from their header (images.uploads); stored ones were
        # checked on the way in and are not downloaded again.
        if self.file and not getattr(self.file, "_committed", True):
            try:
                inspect_image_upload(self.file.file)
            except ValidationError as error:
                raise ValidationError({"file": error}) from None

    def store_uploaded_file(self):
        """Write a newly assigned, not yet stored file to storage; returns its stored name.

        The size, hash and dimensions come from the upload in memory, so saving the row later
        does not download the original again. Storage errors propagate to the caller.
        """
        field_file = self.file
        upload = field_file.file
        upload.seek(0)
        self.file_size = upload.size
        self.file_hash = hash_filelike(upload)
        upload.seek(0)
        field = self._meta.get_field("file")
        name = field.generate_filename(self, upload.name)
        field_file.name = field_file.storage.save(name, upload, max_length=field.max_length)
        field_file._committed = True
        self._metadata_from_upload = True
        return field_file.name

    def _set_image_file_metadata(self):
        if getattr(self, "_metadata_from_upload", False):
            return
        super()._set_image_file_metadata()

    def generate_rendition_file(self, filter, *, source=None):
        # Every rendition is made without EXIF/XMP (see images.renditions.StripMetadata).
        return super().generate_rendition_file(MetadataFreeFilter(filter.spec), source=source)

    def create_rendition(self, filter):
        return self._storage_errors_as_source_errors(super().create_rendition, filter)

    def create_renditions(self, *filters):
        return self._storage_errors_as_source_errors(super().create_renditions, *filters)

    @staticmethod
    def _storage_errors_as_source_errors(make, *args):
        """Report an unreachable store the way Wagtail reports a missing original, so a page
        whose renditions are missing still renders (with a broken image) during an outage."""
        try:
            return make(*args)
        except SourceImageIOError:
            raise
        except STORAGE_ERRORS as exc:
            logger.warning("Could not make a rendition: storage unavailable: %s", exc)
            raise SourceImageIOError(str(exc)) from exc


class CustomRendition(AbstractRendition):
    """One resized, metadata-free copy of a CustomImage (see images.renditions)."""

    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        # The table kept its name when the model moved here from `home` (images 0001).
        db_table = "home_customrendition"
        unique_together = (("image", "filter_spec", "focal_point_key"),)
