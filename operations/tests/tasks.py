"""A background task the worker tests enqueue (module level, so the worker can import it)."""

from django_tasks import task


@task()
def record_ping(name):
    from django.core.cache import cache

    cache.set(f"worker-test:{name}", "done", 60)
    return name
