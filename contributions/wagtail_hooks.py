"""Admin registration: the suggestion queue, the data-quality report, duplicate warnings."""

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from contributions.admin_views import (
    ReviewView,
    SuggestionFilterSet,
    SuggestionIndexView,
    SuggestionPermissionPolicy,
)
from contributions.models import Suggestion


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
