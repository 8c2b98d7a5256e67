"""Documents (PDF and text files) follow the same rules as photos, and are not public on upload.

Uploads: the admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE) checks the size, and that
the content is what the extension says: a PDF starts with `%PDF-`; a .txt file is UTF-8 text,
not markup or a binary renamed. Anything else gets a field error and is never stored.

Serving: /documents/<id>/<name> answers (a `before_serve_document` hook, registered in
operations/wagtail_hooks.py) only when a live, public page links the document (Wagtail's
reference index) or the reader may work with documents in the admin; anyone else gets a 404,
so an editor's upload is not published before a page that uses it is.
"""

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.template.defaultfilters import filesizeformat
from wagtail.documents import get_document_model
from wagtail.documents.forms import BaseDocumentForm
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

MARKUP_PREFIXES = (b"<", b"\xef\xbb\xbf<")
SNIFF_BYTES = 64 * 1024


def check_document_upload(upload):
    """Raise ValidationError unless the file's content matches its PDF or text extension."""
    max_size = settings.DOCUMENT_MAX_UPLOAD_SIZE
    if upload.size is not None and upload.size > max_size:
        raise forms.ValidationError(
            "This file is %(size)s; documents can be at most %(max)s.",
            code="file_too_large",
            params={"size": filesizeformat(upload.size), "max": filesizeformat(max_size)},
        )
    extension = (upload.name or "").rsplit(".", 1)[-1].lower()
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    if extension == "pdf" and not head.startswith(b"%PDF-"):
        raise forms.ValidationError(
            "This file is named .pdf but is not a PDF document. Export it as PDF and upload that.",
            code="not_pdf",
        )
    if extension == "txt":
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError:
            text = None if len(head) < SNIFF_BYTES else "cut mid-character"
        if text is None or "\x00" in text or head.lstrip().startswith(MARKUP_PREFIXES):
            raise forms.ValidationError(
                "This file is named .txt but is not plain UTF-8 text (it may be markup or a "
                "binary file).",
                code="not_text",
            )


class SafeDocumentForm(BaseDocumentForm):
    """Wagtail's document form with content checks on the file (see the module docstring)."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is not None and hasattr(upload, "size") and "file" in self.changed_data:
            check_document_upload(upload)
        return upload


def linked_from_public_page(document):
    """Whether a live page that anyone may see links the document (reference index)."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    ids = [int(pk) for pk in page_ids if str(pk).isdigit()]
    return bool(ids) and Page.objects.filter(pk__in=ids).live().public().exists()


def may_serve_document(document, request):
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        policy = policy_registry.get_by_type(get_document_model())
        if policy.user_has_any_permission(user, ["add", "change", "choose"]):
            return True
    return linked_from_public_page(document)


def refuse_unpublished_documents(document, request):
    """before_serve_document hook: a 404 for a document no public page uses yet."""
    if not may_serve_document(document, request):
        raise Http404("No public page links this document.")
