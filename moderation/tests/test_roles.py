"""Roles and the workflow are data: made by a migration, repaired by an idempotent command."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from moderation.models import ModeratorApprovalTask
from moderation.roles import EDITORS, MODERATORS, WORKFLOW_NAME

pytestmark = pytest.mark.django_db


def page_permissions(group_name):
    return {
        (p.page.url_path, p.permission.codename)
        for p in GroupPagePermission.objects.filter(group__name=group_name).select_related(
            "page", "permission"
        )
    }


def snapshot():
    return {
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "editor perms": sorted(
            Group.objects.get(name=EDITORS).permissions.values_list("codename", flat=True)
        ),
        "moderator perms": sorted(
            Group.objects.get(name=MODERATORS).permissions.values_list("codename", flat=True)
        ),
        "editor pages": page_permissions(EDITORS),
        "moderator pages": page_permissions(MODERATORS),
        "workflows": sorted(Workflow.objects.values_list("name", "active")),
        "assigned": sorted(WorkflowPage.objects.values_list("page__url_path", "workflow__name")),
        "tasks": ModeratorApprovalTask.objects.count(),
    }


def test_the_migration_created_roles_and_workflow(park_index):
    editors = Group.objects.get(name=EDITORS)
    moderators = Group.objects.get(name=MODERATORS)
    assert page_permissions(EDITORS) == {
        ("/home/parks/", "add_page"),
        ("/home/parks/", "change_page"),
    }
    assert {code for _, code in page_permissions(MODERATORS)} == {
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    }
    assert {path for path, _ in page_permissions(MODERATORS)} == {"/home/"}
    editor_perms = set(editors.permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_company", "add_ridemodel"} <= editor_perms
    assert not editor_perms & {"change_company", "delete_company", "change_ridemodel", "add_user"}
    moderator_perms = set(moderators.permissions.values_list("codename", flat=True))
    assert {"change_company", "delete_company", "change_ridemodel", "delete_ridemodel"} <= (
        moderator_perms
    )
    assert not moderator_perms & {"add_user", "change_user", "change_group"}

    workflow = Workflow.objects.get(name=WORKFLOW_NAME, active=True)
    task = workflow.tasks.get().specific
    assert isinstance(task, ModeratorApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]
    assigned = set(WorkflowPage.objects.values_list("page__url_path", "workflow__name"))
    assert assigned == {("/home/", WORKFLOW_NAME), ("/home/parks/", WORKFLOW_NAME)}
    assert park_index.get_workflow() == workflow
    # Wagtail's own default workflow is switched off rather than left competing.
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_setup_command_is_idempotent_and_repairs_drift(park_index, capsys):
    before = snapshot()
    call_command("setup_moderation")
    assert snapshot() == before
    assert "Moderator approval" in capsys.readouterr().out

    # Someone tinkers in the admin: editors get publish rights, the task loses its group.
    editors = Group.objects.get(name=EDITORS)
    GroupPagePermission.objects.create(
        group=editors,
        page=park_index,
        permission_id=GroupPagePermission.objects.filter(
            permission__codename="publish_page"
        ).values_list("permission_id", flat=True)[0],
    )
    ModeratorApprovalTask.objects.get().groups.clear()
    call_command("setup_moderation", verbosity=0)
    assert snapshot() == before


def test_groups_are_found_by_name_not_primary_key(park_index):
    """Recreating the groups (new primary keys) and re-running the setup gives the same roles."""
    before = snapshot()
    Group.objects.filter(name__in=[EDITORS, MODERATORS]).delete()
    call_command("setup_moderation", verbosity=0)
    assert snapshot() == before
