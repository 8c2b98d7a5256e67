"""Signal handlers: publishing a page queues the renditions of the images it shows."""

from wagtail.signals import page_published


def queue_page_renditions(sender, instance, **kwargs):
    from home.tasks import generate_page_renditions

    generate_page_renditions.enqueue(instance.pk)


def connect():
    page_published.connect(queue_page_renditions, dispatch_uid="home.queue_page_renditions")
