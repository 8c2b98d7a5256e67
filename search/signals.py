"""Keep the search index in step with what readers can see, through the task queue:
unpublishing a park or ride removes its document, and publishing a park refreshes its rides'
documents (each carries the park's name and place, so a renamed park must not leave them stale).
"""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from parks.models import ParkPage
from rides.models import RidePage
from search.tasks import reindex_park_rides, remove_from_search_index


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    page = instance.specific_deferred
    if isinstance(page, (ParkPage, RidePage)):
        remove_from_search_index.enqueue(page._meta.app_label, page._meta.model_name, page.pk)


@receiver(page_published)
def refresh_rides_of_published_park(sender, instance, **kwargs):
    if isinstance(instance.specific_deferred, ParkPage):
        reindex_park_rides.enqueue(instance.pk)
