from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The parts every page type builds on: the abstract base page and its mixins, the
    StreamField blocks, the filter-form contract and the htmx response helper. No models of
    its own, so it has no migrations."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Shared page parts"
