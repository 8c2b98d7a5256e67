"""Background tasks (django-tasks): pre-generate renditions after uploads and publishes.

Retries: django-tasks has no built-in retry, so a task that fails because storage is
unreachable logs the failure, enqueues itself again with `run_after` (1, 4, 16 and 64 minutes
later; up to RENDITION_TASK_ATTEMPTS attempts in all) and then re-raises, so the failed attempt is
recorded as FAILED with its traceback in the task results. Backends that cannot defer (the
immediate backend of dev and tests) get no automatic retry: the failure is logged and the next
publish, upload or `manage.py generate_renditions` fills the gap.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from images.models import CustomImage
from images.renditions import ensure_renditions, page_image_ids

logger = logging.getLogger(__name__)

RETRY_BASE_SECONDS = 60


def retry_delay(attempt):
    """Seconds to wait before attempt `attempt + 1`: 1, 4, 16, 64 minutes..."""
    return RETRY_BASE_SECONDS * 4 ** (attempt - 1)


def _retry_later(task_obj, args, attempt, exc):
    max_attempts = settings.RENDITION_TASK_ATTEMPTS
    name = task_obj.name
    if attempt >= max_attempts:
        logger.error(
            "%s%r failed on attempt %d of %d; giving up: %s", name, args, attempt, max_attempts, exc
        )
        return None
    backend = task_obj.get_backend()
    if not backend.supports_defer:
        logger.error(
            "%s%r failed (attempt %d): %s. The %s task backend cannot schedule a retry; "
            "run `manage.py generate_renditions` once storage is back.",
            name,
            args,
            attempt,
            exc,
            backend.alias,
        )
        return None
    run_after = timezone.now() + timedelta(seconds=retry_delay(attempt))
    logger.warning(
        "%s%r failed on attempt %d of %d: %s; retrying after %s",
        name,
        args,
        attempt,
        max_attempts,
        exc,
        run_after.isoformat(),
    )
    return task_obj.using(run_after=run_after).enqueue(*args, attempt=attempt + 1)


@task()
def generate_image_renditions(image_id: int, attempt: int = 1) -> int:
    """Make every rendition the templates use for one image; returns how many were created."""
    image = CustomImage.objects.filter(pk=image_id).first()
    if image is None:
        return 0
    try:
        return ensure_renditions(image)
    except SourceImageIOError as exc:
        _retry_later(generate_image_renditions, (image_id,), attempt, exc)
        raise


@task()
def generate_page_renditions(page_id: int, attempt: int = 1) -> int:
    """Make the renditions of every image a published page shows (hero, gallery, body...)."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    created = 0
    failures = []
    for image in CustomImage.objects.filter(pk__in=page_image_ids(page.specific)):
        try:
            created += ensure_renditions(image)
        except SourceImageIOError as exc:
            failures.append(exc)
    if failures:
        _retry_later(generate_page_renditions, (page_id,), attempt, failures[0])
        raise failures[0]
    return created
