"""Admin rules of the editorial workflow that Wagtail's permissions alone don't express."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import TaskState

from moderation.editorial import EditorialPageViewSet, ReviewsPanel
from moderation.models import ModeratorApprovalTask, restart_for_latest_revision

REVIEW_RESTARTED = (
    "The page changed while in moderation, so it needs approval again, "
    "by a moderator other than whoever made the change."
)
SUBMIT_LABEL = "Submit for review"
RESUBMIT_LABEL = "Resubmit for review"
NOT_ALLOWED_TO_DELETE = "Only moderators can delete pages. Ask a moderator to remove this page."


def can_delete_pages(user, page):
    """Deleting takes content off the site, so it is a moderator's call, like unpublishing:
    Wagtail would otherwise let an editor delete a page that has never been published."""
    return page.permissions_for_user(user).can_publish()


@hooks.register("before_delete_page")
def only_moderators_delete_pages(request, page):
    if not can_delete_pages(request.user, page):
        messages.error(request, NOT_ALLOWED_TO_DELETE)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def only_moderators_bulk_delete_pages(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects:
        return None
    if not hasattr(objects[0], "permissions_for_user"):
        return None  # not pages (images, documents, users): their own permissions apply
    if not all(can_delete_pages(request.user, page) for page in objects):
        messages.error(request, NOT_ALLOWED_TO_DELETE)
        return redirect("wagtailadmin_explore", objects[0].get_parent().pk)
    return None


@hooks.register("after_edit_page")
def edits_under_review_need_review_again(request, page):
    """A page edited while it waits for a moderator goes back to the start of the review, on
    the new revision, so whatever is approved is exactly what was reviewed."""
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.status != workflow_state.STATUS_IN_PROGRESS:
        return None
    task_state = workflow_state.current_task_state
    if (
        task_state is None
        or task_state.status != TaskState.STATUS_IN_PROGRESS
        or not isinstance(task_state.task.specific, ModeratorApprovalTask)
    ):
        return None
    latest = page.get_latest_revision()
    if latest is not None and latest.pk != task_state.revision_id:
        restart_for_latest_revision(task_state, request.user)
    if getattr(request.user, "restarted_review_of", None) == str(page.pk):
        messages.warning(request, REVIEW_RESTARTED)
    return None


class SubmitForReviewMenuItem(SubmitForModerationMenuItem):
    """Wagtail's "Submit to Moderator approval", named for what it does."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        resubmit = context["label"].startswith("Resubmit")
        context["label"] = RESUBMIT_LABEL if resubmit else SUBMIT_LABEL
        return context


@hooks.register("construct_page_action_menu")
def submit_for_review_first(menu_items, request, context):
    """For editors, who cannot publish, submitting is the point of the form: it becomes the
    primary button ("Save draft" moves into the menu). Moderators keep Wagtail's order."""
    names = [item.name for item in menu_items]
    if "action-submit" not in names:
        return
    submit = menu_items.pop(names.index("action-submit"))
    review = SubmitForReviewMenuItem(order=submit.order)
    if "action-publish" in names:
        menu_items.insert(names.index("action-submit"), review)
    else:
        menu_items.insert(0, review)


@hooks.register("register_admin_viewset", order=1)
def register_editorial_page_viewset():
    """Runs after Wagtail's own hook (order 0), so this viewset is the one for Page."""
    return EditorialPageViewSet()


@hooks.register("construct_homepage_panels")
def reviews_with_context(request, panels):
    """Swap Wagtail's "Awaiting your review" panel for the one that names the park."""
    for position, panel in enumerate(panels):
        if isinstance(panel, WorkflowObjectsToModeratePanel) and not isinstance(
            panel, ReviewsPanel
        ):
            panels[position] = ReviewsPanel()
