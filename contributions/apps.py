from django.apps import AppConfig


class ContributionsConfig(AppConfig):
    """Trusted facts: sources per fact, public history and readers' suggested corrections."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "contributions"
    verbose_name = "Contributions"
