"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): safe uploads, clear storage errors.

- The file field runs images.uploads.inspect_image_upload before anything else, so each kind of
  rejected file gets its own message and is never stored.
- A valid original is written to storage while the form is validated, so an unreachable store
  becomes a field error on the form (nothing saved, the editor's input kept) instead of a
  server error; if saving the row fails afterwards, the stored object is deleted again.
- Saving a new image (or a new file) queues the background task that makes its renditions.
"""

import logging

import willow
from django.forms.fields import FileField
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from images.filters import STORAGE_ERRORS
from images.tasks import generate_image_renditions
from images.uploads import STORAGE_UNAVAILABLE_MESSAGE, inspect_image_upload

logger = logging.getLogger(__name__)


class SafeImageField(WagtailImageField):
    """Wagtail's image field with ThrillWiki's header-only checks and messages."""

    def to_python(self, data):
        upload = FileField.to_python(self, data)
        if upload is None:
            return None
        inspect_image_upload(upload)
        # Wagtail's form and model code expect the Willow image on the file, as its own
        # field provides; opening reads the header only.
        upload.image = willow.Image.open(upload)
        upload.content_type = upload.image.mime_type
        upload.seek(0)
        return upload


class CustomImageForm(BaseImageForm):
    file = SafeImageField(label="File", widget=BaseImageForm.Meta.widgets["file"])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A declared field is added to every form built from this base; the multiple-upload
        # edit form is built without the file, so take it out there.
        if "file" not in (self._meta.fields or ()):
            self.fields.pop("file", None)
        self._stored_name = None

    def _post_clean(self):
        super()._post_clean()
        if self.errors or "file" not in self.fields or "file" not in self.changed_data:
            return
        try:
            self._stored_name = self.instance.store_uploaded_file()
        except STORAGE_ERRORS as exc:
            logger.error("Could not store an uploaded original: %s", exc)
            self.add_error("file", STORAGE_UNAVAILABLE_MESSAGE)

    def save(self, commit=True):
        # New images (including the multiple uploader's, whose form has no file field),
        # replaced files and moved focal points get their renditions made in the background.
        needs_renditions = self.instance._state.adding or any(
            name == "file" or name.startswith("focal_point_") for name in self.changed_data
        )
        try:
            image = super().save(commit=commit)
        except Exception:
            if self._stored_name:
                self.instance.file.storage.delete(self._stored_name)
            raise
        if commit and needs_renditions:
            generate_image_renditions.enqueue(image.pk)
        return image
