from django.apps import AppConfig


class ImagesConfig(AppConfig):
    """Photos: the custom image and rendition models (WAGTAILIMAGES_IMAGE_MODEL), upload
    checks, the rendition slots and the tasks that pre-generate them."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "images"
    verbose_name = "Photos"

    def ready(self):
        from images import signals  # models must be loaded before the handlers are wired

        signals.connect()
