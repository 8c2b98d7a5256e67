from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = "Public search"

    def ready(self):
        from search import signals  # noqa: F401  (connects the unpublish handler)
