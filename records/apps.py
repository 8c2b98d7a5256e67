from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "records"
    verbose_name = "Records, census and timelines"

    def ready(self):
        from records import signals  # models must be loaded before the handlers are wired

        signals.connect()
