from django.apps import AppConfig


class ApiConfig(AppConfig):
    """Open data: the read-only JSON API at /api/v1/, bulk downloads at /data/."""

    name = "api"
    label = "open_data_api"
    verbose_name = "Open data"
