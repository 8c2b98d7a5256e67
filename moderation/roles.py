"""Editorial roles and the "Moderator approval" workflow, as data.

`setup_moderation()` is idempotent: it looks groups, pages, workflows and tasks up by name
(never by primary key) and brings them to the state described here. The `setup_moderation`
command runs it, and a data migration calls that command, so every database gets the roles.

Reference data (companies and ride models) is **restricted to moderators**: editors may choose
existing entries and add new ones, but only moderators change or delete them. An entry an
editor adds reaches the public site only through a page that a moderator approves (see
`companies.views`), so nothing public skips review.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from moderation.models import ModeratorApprovalTask

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Moderator approval"
TASK_NAME = "Moderator approval"
# Wagtail's own default workflow (created by its migrations, assigned to the root page).
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

# Page permissions: editors work inside /parks/, moderators across the whole site.
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
MODERATOR_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
# Collection permissions on the root collection (and so every collection). Wagtail checks
# image permissions against wagtailimages.Image even with a custom image model.
EDITOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
)
MODERATOR_COLLECTION_PERMISSIONS = (
    *EDITOR_COLLECTION_PERMISSIONS,
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
)
# Model permissions.
REFERENCE_MODELS = (("companies", "company"), ("rides", "ridemodel"))
# Readers' suggested corrections (contributions): both roles see and decide them; an accepted
# one becomes a draft that a moderator still approves.
SUGGESTION_REVIEW = (("contributions", "view_suggestion"), ("contributions", "change_suggestion"))
# Wagtail's defaults also grant the media permissions at model level; keep both in step.
EDITOR_MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    *EDITOR_COLLECTION_PERMISSIONS,
    *((app, f"add_{model}") for app, model in REFERENCE_MODELS),
    *SUGGESTION_REVIEW,
)
MODERATOR_MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    *MODERATOR_COLLECTION_PERMISSIONS,
    *SUGGESTION_REVIEW,
    *(
        (app, f"{action}_{model}")
        for app, model in REFERENCE_MODELS
        for action in ("add", "change", "delete")
    ),
)
# Never granted to either role: managing users and groups is for superusers.
REFERENCE_CHANGES = tuple(
    (app, f"{action}_{model}") for app, model in REFERENCE_MODELS for action in ("change", "delete")
)
# Editors may only change or delete the media they uploaded themselves.
MEDIA_CHANGES = (
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
)
USER_MANAGEMENT = tuple(
    ("auth", f"{action}_{model}")
    for model in ("user", "group")
    for action in ("add", "change", "delete", "view")
)


@dataclass
class SetupResult:
    editors: Group
    moderators: Group
    workflow: Workflow | None


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _ensure_permissions_exist():
    """Django creates model permissions after `migrate` finishes; a data migration runs before
    that, so create them now (a no-op when they already exist)."""
    for label in (
        "wagtailcore",
        "wagtailadmin",
        "wagtailimages",
        "wagtaildocs",
        "companies",
        "rides",
        "contributions",
    ):
        create_permissions(apps.get_app_config(label), verbosity=0)


def _home_and_park_index():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page if site else Page.objects.filter(depth=2).first()
    if home is None:
        return None, None
    park_index = home.get_children().filter(slug="parks").first()
    return home, park_index


def _grant_model_permissions(group, granted, revoked):
    group.permissions.add(*(_permission(app, code) for app, code in granted))
    group.permissions.remove(
        *Permission.objects.filter(
            content_type__app_label__in={app for app, _ in revoked},
            codename__in={code for _, code in revoked},
        )
    )


def _grant_page_permissions(group, page, codenames):
    GroupPagePermission.objects.filter(group=group).exclude(
        page=page, permission__codename__in=codenames
    ).delete()
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def _grant_collection_permissions(group, collection, permissions):
    wanted = [_permission(app, code) for app, code in permissions]
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=collection, permission__in=wanted
    ).delete()
    for permission in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def _workflow(moderators, pages):
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = ModeratorApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = ModeratorApprovalTask.objects.create(name=TASK_NAME)
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.set([moderators])
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    # Wagtail's default workflow on the root page is replaced by ours.
    for default in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True):
        default.deactivate()
    return workflow


@transaction.atomic
def setup_moderation():
    """Create or update the Editors and Moderators groups and the approval workflow."""
    _ensure_permissions_exist()
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)

    _grant_model_permissions(
        editors, EDITOR_MODEL_PERMISSIONS, REFERENCE_CHANGES + MEDIA_CHANGES + USER_MANAGEMENT
    )
    _grant_model_permissions(moderators, MODERATOR_MODEL_PERMISSIONS, USER_MANAGEMENT)

    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        _grant_collection_permissions(editors, root_collection, EDITOR_COLLECTION_PERMISSIONS)
        _grant_collection_permissions(moderators, root_collection, MODERATOR_COLLECTION_PERMISSIONS)

    home, park_index = _home_and_park_index()
    workflow = None
    if home is not None:
        _grant_page_permissions(moderators, home, MODERATOR_PAGE_PERMISSIONS)
        if park_index is not None:
            _grant_page_permissions(editors, park_index, EDITOR_PAGE_PERMISSIONS)
        workflow = _workflow(moderators, [p for p in (home, park_index) if p is not None])
    return SetupResult(editors=editors, moderators=moderators, workflow=workflow)
