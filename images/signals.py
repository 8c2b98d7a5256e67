"""Signal handlers: publishing a page queues the renditions of the images it shows."""

from contextlib import contextmanager
from contextvars import ContextVar

from wagtail.signals import page_published

from images.tasks import generate_page_renditions

_paused = ContextVar("rendition_tasks_paused", default=False)


@contextmanager
def rendition_tasks_paused():
    """Publish without queueing rendition tasks (bulk imports such as load_demo); the
    renditions are then made by `manage.py generate_renditions` or on first view."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def queue_page_renditions(sender, instance, **kwargs):
    if not _paused.get():
        generate_page_renditions.enqueue(instance.pk)


def connect():
    page_published.connect(queue_page_renditions, dispatch_uid="images.queue_page_renditions")
