from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Serving, health, logging, error handling and caching: the parts that run the site."""

    name = "operations"

    def ready(self):
        from operations import signals

        signals.connect()
