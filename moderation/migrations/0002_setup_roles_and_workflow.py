"""Create the Editors and Moderators roles and the "Moderator approval" workflow.

This runs the idempotent `setup_moderation` with this migration's historical models, so a fresh
database and a running site end up the same, and re-running the command later repairs drift.
"""

from django.db import migrations

from moderation.roles import setup_moderation


def setup(apps, schema_editor):
    setup_moderation(apps)


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
