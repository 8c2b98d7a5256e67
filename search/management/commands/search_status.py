"""manage.py search_status: which search backend serves readers, and is each one healthy?"""

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from modelsearch.backends import get_search_backend

from operations.search_breaker import search_breaker_open


def backend_status(name):
    """(description, reachable, {index name: document count}, error) for one backend."""
    backend = get_search_backend(name)
    kind = type(backend).__name__
    counts = {}
    try:
        if hasattr(backend, "es"):
            info = backend.es.info()
            kind = f"{kind} (Elasticsearch {info['version']['number']})"
            for index in backend.all_indexes():
                if backend.es.indices.exists(index=index.name):
                    counts[index.name] = backend.es.count(index=index.name)["count"]
                else:
                    counts[index.name] = None
        else:
            entries = apps.get_model("wagtailsearch", "IndexEntry")
            counts["database index"] = entries.objects.count()
    except Exception as exc:  # report, don't crash: this is what an operator runs in an outage
        return kind, False, counts, f"{type(exc).__name__}: {exc}"
    return kind, True, counts, ""


class Command(BaseCommand):
    help = (
        "Report each configured search backend: its type, whether it is reachable and how many "
        "documents each index holds. Exits with status 1 if any backend is unreachable."
    )

    def handle(self, *args, **options):

        unreachable = []
        for name in settings.WAGTAILSEARCH_BACKENDS:
            kind, reachable, counts, error = backend_status(name)
            role = (
                "serves readers"
                if name == "default"
                else "kept in step; serves readers during an outage"
            )
            self.stdout.write(f"{name}: {kind} — {role}")
            self.stdout.write(f"  reachable: {'yes' if reachable else 'NO (' + error + ')'}")
            for index, count in counts.items():
                shown = (
                    "missing (run manage.py update_index)"
                    if count is None
                    else f"{count} documents"
                )
                self.stdout.write(f"  {index}: {shown}")
            if not reachable:
                unreachable.append(name)
        if "fallback" in settings.WAGTAILSEARCH_BACKENDS and search_breaker_open():
            self.stdout.write("Readers are being served from the fallback after a recent outage.")
        if unreachable:
            raise CommandError(f"Unreachable search backend(s): {', '.join(unreachable)}")
