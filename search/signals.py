"""Unpublishing a park or ride removes it from the search index (through the task queue)."""

from django.dispatch import receiver
from wagtail.signals import page_unpublished

from parks.models import ParkPage
from rides.models import RidePage
from search.tasks import remove_from_search_index


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    page = instance.specific_deferred
    if isinstance(page, (ParkPage, RidePage)):
        remove_from_search_index.enqueue(page._meta.app_label, page._meta.model_name, page.pk)
