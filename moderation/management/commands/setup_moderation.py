"""Create or update the editorial roles and the "Moderator approval" workflow (idempotent)."""

from django.core.management.base import BaseCommand

from moderation.roles import setup_moderation


class Command(BaseCommand):
    help = (
        "Create or update the Editors and Moderators groups, their permissions, and the "
        '"Moderator approval" workflow on the home page and /parks/. Safe to run again.'
    )

    def handle(self, *args, **options):
        result = setup_moderation()
        if options["verbosity"] == 0:
            return
        if result.workflow is None:
            self.stdout.write(
                self.style.WARNING("Groups ready; no home page yet, so no workflow assigned.")
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f'Groups "{result.editors}" and "{result.moderators}" ready; '
                    f'workflow "{result.workflow}" assigned to the home page and /parks/.'
                )
            )
