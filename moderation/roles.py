"""Editorial roles and the "Moderator approval" workflow, as data.

`setup_moderation(apps)` is idempotent: it looks groups, pages, workflows and tasks up by name
(never by primary key) and brings them to the state described here. It works on any app
registry: the `setup_moderation` command passes the live one, and a data migration passes its
historical models, so the migration keeps working as the models change.

Reference data (companies and ride models) is **restricted to moderators**: editors may choose
existing entries and add new ones, but only moderators change or delete them. An entry an
editor adds reaches the public site only through a page that a moderator approves (see
`companies.views`), so nothing public skips review.
"""

from dataclasses import dataclass

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import transaction

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
    editors: object
    moderators: object
    workflow: object | None


class Models:
    """The models setup_moderation touches, from the registry it was given."""

    NAMES = {
        "ContentType": "contenttypes.ContentType",
        "Group": "auth.Group",
        "Permission": "auth.Permission",
        "Collection": "wagtailcore.Collection",
        "GroupCollectionPermission": "wagtailcore.GroupCollectionPermission",
        "GroupPagePermission": "wagtailcore.GroupPagePermission",
        "Page": "wagtailcore.Page",
        "Site": "wagtailcore.Site",
        "Workflow": "wagtailcore.Workflow",
        "WorkflowPage": "wagtailcore.WorkflowPage",
        "WorkflowContentType": "wagtailcore.WorkflowContentType",
        "WorkflowTask": "wagtailcore.WorkflowTask",
        "ModeratorApprovalTask": "moderation.ModeratorApprovalTask",
    }

    def __init__(self, apps):
        self.apps = apps
        for name, label in self.NAMES.items():
            setattr(self, name, apps.get_model(label))

    def permission(self, app_label, codename):
        return self.Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _ensure_permissions_exist(m):
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
        create_permissions(global_apps.get_app_config(label), verbosity=0, apps=m.apps)


def _home_and_park_index(m):
    site = m.Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page if site else m.Page.objects.filter(depth=2).first()
    if home is None:
        return None, None
    park_index = m.Page.objects.filter(
        path__startswith=home.path, depth=home.depth + 1, slug="parks"
    ).first()
    return home, park_index


def _grant_model_permissions(m, group, granted, revoked):
    group.permissions.add(*(m.permission(app, code) for app, code in granted))
    group.permissions.remove(
        *m.Permission.objects.filter(
            content_type__app_label__in={app for app, _ in revoked},
            codename__in={code for _, code in revoked},
        )
    )


def _grant_page_permissions(m, group, page, codenames):
    m.GroupPagePermission.objects.filter(group=group).exclude(
        page=page, permission__codename__in=codenames
    ).delete()
    for codename in codenames:
        m.GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=m.permission("wagtailcore", codename)
        )


def _grant_collection_permissions(m, group, collection, permissions):
    wanted = [m.permission(app, code) for app, code in permissions]
    m.GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=collection, permission__in=wanted
    ).delete()
    for permission in wanted:
        m.GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def _approval_task(m):
    """The moderators' task, created with its content type set (historical models do not set
    it themselves, as Wagtail's live Task does)."""
    task = m.ModeratorApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        content_type = m.ContentType.objects.get_for_model(m.ModeratorApprovalTask)
        return m.ModeratorApprovalTask.objects.create(name=TASK_NAME, content_type=content_type)
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    return task


def _deactivate(m, workflow):
    """Wagtail's Workflow.deactivate() where the live model is at hand (it also cancels work in
    progress); for historical models, the same for a database with no workflow started yet."""
    if hasattr(workflow, "deactivate"):
        workflow.deactivate()
        return
    workflow.active = False
    workflow.save(update_fields=["active"])
    m.WorkflowPage.objects.filter(workflow=workflow).delete()
    m.WorkflowContentType.objects.filter(workflow=workflow).delete()


def _workflow(m, moderators, pages):
    workflow, _ = m.Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = _approval_task(m)
    task.groups.set([moderators])
    m.WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    m.WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        m.WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    # Wagtail's default workflow on the root page is replaced by ours.
    for default in m.Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True):
        _deactivate(m, default)
    return workflow


@transaction.atomic
def setup_moderation(apps=global_apps):
    """Create or update the Editors and Moderators groups and the approval workflow."""
    m = Models(apps)
    _ensure_permissions_exist(m)
    editors, _ = m.Group.objects.get_or_create(name=EDITORS)
    moderators, _ = m.Group.objects.get_or_create(name=MODERATORS)

    _grant_model_permissions(
        m, editors, EDITOR_MODEL_PERMISSIONS, REFERENCE_CHANGES + MEDIA_CHANGES + USER_MANAGEMENT
    )
    _grant_model_permissions(m, moderators, MODERATOR_MODEL_PERMISSIONS, USER_MANAGEMENT)

    root_collection = m.Collection.objects.filter(depth=1).order_by("path").first()
    if root_collection is not None:
        _grant_collection_permissions(m, editors, root_collection, EDITOR_COLLECTION_PERMISSIONS)
        _grant_collection_permissions(
            m, moderators, root_collection, MODERATOR_COLLECTION_PERMISSIONS
        )

    home, park_index = _home_and_park_index(m)
    workflow = None
    if home is not None:
        _grant_page_permissions(m, moderators, home, MODERATOR_PAGE_PERMISSIONS)
        if park_index is not None:
            _grant_page_permissions(m, editors, park_index, EDITOR_PAGE_PERMISSIONS)
        workflow = _workflow(m, moderators, [p for p in (home, park_index) if p is not None])
    return SetupResult(editors=editors, moderators=moderators, workflow=workflow)
