"""Who reviews readers' suggestions: Editors and Moderators, as data (looked up by name).

Either role may accept or reject; an accepted suggestion becomes a draft in the "Moderator
approval" workflow, so a moderator other than whoever accepted it still approves it.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from moderation.roles import EDITORS, MODERATORS

REVIEW_PERMISSIONS = ("view_suggestion", "change_suggestion")


@transaction.atomic
def grant_suggestion_review():
    """Give Editors and Moderators the suggestion queue; idempotent."""
    create_permissions(apps.get_app_config("contributions"), verbosity=0)
    permissions = Permission.objects.filter(
        content_type__app_label="contributions", codename__in=REVIEW_PERMISSIONS
    )
    for name in (EDITORS, MODERATORS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)
