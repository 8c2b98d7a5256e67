from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark's data generator (`manage.py generate_data`, bench/datagen/); bench/run.py
    and bench/prepass.py are run as scripts by `make bench`."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "bench"
    verbose_name = "Benchmark"
