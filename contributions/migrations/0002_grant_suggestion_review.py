"""Editors and Moderators see and decide readers' suggestions (contributions.roles)."""

from django.db import migrations


def grant(apps, schema_editor):
    # The real function, like moderation's setup command: it is idempotent and looks groups up
    # by name, so a fresh database and a running site end up the same.
    from contributions.roles import grant_suggestion_review

    grant_suggestion_review()


class Migration(migrations.Migration):
    dependencies = [
        ("contributions", "0001_initial"),
        ("moderation", "0002_setup_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
