"""The editorial admin around Wagtail's page views: which park and page type each review is
about, and a confirmation after a moderator approves or requests changes.

EditorialPageViewSet replaces Wagtail's base page viewset (registered in wagtail_hooks with a
later hook order), so every page type gets the add view without autosave (core.editor) and the
confirming workflow action below.
"""

from django.contrib import messages
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, TaskState

from core.editor import CreatePageView


def page_contexts(pages):
    """{page id: "Ride · Cedar Point"}: each page's type and the title of its parent, in one
    query for all parents, so two rides called "Goliath" can be told apart."""
    pages = [page for page in pages if isinstance(page, Page) and page.depth > 1]
    parent_paths = {page.path[: -Page.steplen] for page in pages}
    titles = dict(Page.objects.filter(path__in=parent_paths).values_list("path", "title"))
    return {
        page.pk: " · ".join(
            part
            for part in (
                page.specific_class._meta.verbose_name.capitalize() if page.specific_class else "",
                titles.get(page.path[: -Page.steplen], ""),
            )
            if part
        )
        for page in pages
    }


def outcome_message(task_state, title, where):
    """What the moderator just did, in words, or "" if the review is still open."""
    name = f"“{title}”" + (f" ({where})" if where else "")
    if task_state.status == TaskState.STATUS_APPROVED:
        return f"Approved {name}. It is published unless another review step follows."
    if task_state.status == TaskState.STATUS_REJECTED:
        return f"Requested changes to {name}. The author sees your comment on the page."
    return ""


class ConfirmingWorkflowActionView(WorkflowActionView):
    """Wagtail's approve / request-changes action, plus a message saying what happened."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        task_state = TaskState.objects.get(pk=self.task_state.pk)
        page = self.object
        message = outcome_message(task_state, page.title, page_contexts([page]).get(page.pk))
        if message:
            messages.success(request, message)
        return response


class EditorialPageViewSet(PageViewSet):
    add_view_class = CreatePageView
    workflow_action_view_class = ConfirmingWorkflowActionView


class ReviewsPanel(WorkflowObjectsToModeratePanel):
    """ "Awaiting your review" with each page's type and park under its title."""

    template_name = "moderation/awaiting_review.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        where = page_contexts(state["obj"] for state in context["states"])
        for state in context["states"]:
            state["where"] = where.get(state["obj"].pk, "")
        return context
