"""A publish or unpublish changes the records and census results: compute them off the
reader's path once the change is committed (records.tasks.warm_results)."""

from wagtail.signals import page_published, page_unpublished

from operations.cache import after_content_version_commits
from records.tasks import queue_warm_results


def content_published(sender, instance, **kwargs):
    after_content_version_commits(queue_warm_results)


def connect():
    page_published.connect(content_published, dispatch_uid="records.warm-after-publish")
    page_unpublished.connect(content_published, dispatch_uid="records.warm-after-unpublish")
