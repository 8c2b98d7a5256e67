"""Admin registration: the suggestion queue, the data-quality report, duplicate warnings."""

from django.contrib import messages
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from contributions.admin_views import (
    ReviewView,
    SuggestionFilterSet,
    SuggestionIndexView,
    SuggestionPermissionPolicy,
    can_review,
    facts_report,
)
from contributions.models import Suggestion
from contributions.quality import similar_pages


class SuggestionViewSet(ModelViewSet):
    """Readers' corrections, newest first, filtered by status and page."""

    model = Suggestion
    icon = "help"
    menu_label = "Suggestions"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = SuggestionIndexView
    edit_view_class = ReviewView
    filterset_class = SuggestionFilterSet
    list_display = ["__str__", "value", "get_status_display", "created_at"]
    form_fields = ["rejection_reason"]
    copy_view_enabled = False


register_permission_policy(Suggestion, SuggestionPermissionPolicy(Suggestion))

suggestion_viewset = SuggestionViewSet("suggestions")


@hooks.register("register_admin_viewset")
def register_suggestion_viewset():
    return suggestion_viewset


class FactsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_review(request.user)


@hooks.register("register_admin_urls")
def register_facts_report_url():
    return [path("reports/facts-to-check/", facts_report, name="contributions_facts_report")]


@hooks.register("register_reports_menu_item")
def register_facts_report_menu_item():
    return FactsReportMenuItem(
        "Facts to check",
        reverse("contributions_facts_report"),
        icon_name="warning",
        order=1400,
    )


@hooks.register("after_create_page")
def warn_about_likely_duplicates(request, page):
    """A new park or ride whose title is close to another in the same park or country may be
    a duplicate; the editor is told before anyone reviews it."""
    duplicates = similar_pages(page.specific)
    if duplicates:
        names = ", ".join(f"“{other.title}”" for other in duplicates)
        messages.warning(request, f"This may be a duplicate of {names}. Please check.")
