import django.db.models.deletion
import django.utils.timezone
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [
        # "Did you mean" suggestions on PostgreSQL; a no-op on SQLite (search/suggestions.py).
        TrigramExtension(),
        migrations.CreateModel(
            name="QueryOutcome",
            fields=[
                (
                    "query",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="outcome",
                        serialize=False,
                        to="wagtailsearchpromotions.query",
                    ),
                ),
                ("last_result_count", models.PositiveIntegerField(default=0)),
                ("searches_without_results", models.PositiveIntegerField(default=0)),
                ("last_searched_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "verbose_name": "search outcome",
            },
        ),
    ]
