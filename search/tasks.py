"""Index updates and search statistics that run on the task queue (the `worker` process in
production)."""

import logging

from django.apps import apps
from django_tasks import task
from modelsearch.backends import get_search_backends_with_name
from wagtail.models import Page

from search.models import log_search

logger = logging.getLogger("thrillwiki.search")


@task()
def remove_from_search_index(app_label, model_name, pk):
    """Delete one object's document from every backend (an unpublished page, for example).

    Only the primary key is needed, so this works after the page has left the index's set.
    An Elasticsearch failure is logged, as modelsearch does for its own index updates.
    """
    model = apps.get_model(app_label, model_name)
    instance = model(pk=pk)
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        try:
            backend.delete(instance)
        except Exception:
            logger.exception("Could not remove %s %s from search backend %r", model_name, pk, name)
            if not backend.catch_indexing_errors:
                raise


@task()
def reindex_park_rides(park_pk):
    """Re-send the documents of a park's live rides, which index the park's name and place.

    Runs after every park publish: comparing revisions to skip unchanged parks would cost
    more than one bulk request of a park's rides. A failing backend is logged, not raised.
    """
    ride_model = apps.get_model("rides", "RidePage")
    park = Page.objects.filter(pk=park_pk).first()
    if park is None:
        return
    rides = list(ride_model.get_indexed_objects().descendant_of(park))
    if not rides:
        return
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        try:
            backend.add_bulk(ride_model, rides)
        except Exception:
            logger.exception("Could not refresh the rides of park %s in backend %r", park_pk, name)
            if not backend.catch_indexing_errors:
                raise


@task()
def record_search(query_string, result_count):
    """Count one search and its result count (search.models.log_search) after the reader has
    their results.

    In the request it cost about eight queries, and concurrent searches for the same words
    waited for each other's row locks on the day's counter; enqueuing is one insert.
    """
    log_search(query_string, result_count)
