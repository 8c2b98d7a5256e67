"""The moderation step of the "Moderator approval" workflow.

Wagtail's GroupApprovalTask lets any member of the named groups approve; ThrillWiki adds the
four-eyes rule: nobody approves their own work. "Their own work" is a submission they made, or
a revision they wrote while the page was in moderation.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.models import AbstractGroupApprovalTask, TaskState


class ModeratorApprovalTask(AbstractGroupApprovalTask):
    """Group approval that refuses to let a moderator approve their own submission, and that
    restarts when the content changes under review, so an edit is never published unseen."""

    @staticmethod
    def is_own_work(task_state, user):
        if user is None or not user.is_authenticated:
            return False
        workflow_state = task_state.workflow_state
        if workflow_state.requested_by_id == user.pk:
            return True
        latest = workflow_state.content_object.get_latest_revision()
        return any(
            revision is not None and revision.user_id == user.pk
            for revision in (task_state.revision, latest)
        )

    def _current_task_state(self, obj):
        workflow_state = obj.current_workflow_state
        if workflow_state is None or workflow_state.current_task_state is None:
            return None
        task_state = workflow_state.current_task_state
        return task_state if task_state.task_id == self.pk else None

    def get_actions(self, obj, user):
        task_state = self._current_task_state(obj)
        if task_state is not None and self.is_own_work(task_state, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(Q(workflow_state__requested_by=user) | Q(revision__user=user))
        )

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            latest = task_state.workflow_state.content_object.get_latest_revision()
            if latest is not None and latest.pk != task_state.revision_id:
                # The page changed while it was waiting (e.g. "edit and approve" in one
                # request): the new content needs its own review, by someone else.
                restart_for_latest_revision(task_state, user)
                return
            if self.is_own_work(task_state, user):
                raise PermissionDenied("You cannot approve your own submission.")
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return "Members of the chosen groups approve, but never their own submission"

    class Meta:
        verbose_name = "Moderator approval task"
        verbose_name_plural = "Moderator approval tasks"


def restart_for_latest_revision(task_state, user):
    """Cancel an in-progress review and start it again on the latest revision."""
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        return
    task_state.specific.cancel(user=user, resume=True)
    if user is not None:
        # Lets the admin hook tell this user why the page is still waiting for approval.
        user.restarted_review_of = task_state.workflow_state.object_id
