"""Admin and serving hooks of the operations app."""

from wagtail import hooks

from operations.documents import refuse_unpublished_documents

hooks.register("before_serve_document", refuse_unpublished_documents)
