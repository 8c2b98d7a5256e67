from django.apps import AppConfig


class ContributionsConfig(AppConfig):
    """Trusted facts: sources per fact, public history and readers' suggested corrections."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "contributions"
    verbose_name = "Contributions"

    def ready(self):
        # The page cache fills kept copies of the suggestion form with a fresh fill stamp; it
        # may do so before any view is imported, so the fill-in is registered at start-up.
        from contributions.forms import FILL_STAMP, fill_stamp
        from operations import fill_ins

        fill_ins.register(FILL_STAMP, fill_stamp)
