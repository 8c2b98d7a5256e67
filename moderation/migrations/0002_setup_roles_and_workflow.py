"""Create the Editors and Moderators roles and the "Moderator approval" workflow.

This calls the idempotent `setup_moderation` command, so a fresh database and a running site
end up the same, and re-running the command later repairs drift.
"""

from django.core.management import call_command
from django.db import migrations


def setup(apps, schema_editor):
    call_command("setup_moderation", verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("home", "0002_create_homepage"),
        ("parks", "0002_create_park_index"),
        ("companies", "0001_initial"),
        ("rides", "0001_initial"),
    ]

    operations = [migrations.RunPython(setup, migrations.RunPython.noop)]
