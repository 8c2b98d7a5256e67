from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The parts every page type builds on: the abstract base page and its mixins, the
    StreamField blocks, the filter-form contract and the htmx response helper. No models of
    its own, so it has no migrations."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Shared page parts"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.models import PageViewRestriction

        from core.query import forget_view_restrictions

        # A restriction changed during a request: that request reads them again.
        for signal in (post_save, post_delete):
            signal.connect(forget_view_restrictions, sender=PageViewRestriction)
        m2m_changed.connect(forget_view_restrictions, sender=PageViewRestriction.groups.through)
