"""Editors and Moderators see and decide readers' suggestions: re-run the idempotent
`setup_moderation` command, whose role data (moderation.roles.SUGGESTION_REVIEW) now names the
suggestion permissions."""

from django.core.management import call_command
from django.db import migrations


def setup(apps, schema_editor):
    call_command("setup_moderation", verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("contributions", "0001_initial"),
        ("moderation", "0002_setup_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(setup, migrations.RunPython.noop)]
