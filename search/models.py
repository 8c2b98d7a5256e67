"""Search logging: what readers search for, and which searches found nothing.

Hits per day are Wagtail's own (`wagtail.contrib.search_promotions`: the "Search terms"
report and promoted results). QueryOutcome adds what that model lacks: how many results a
query found, so editors can see the searches that found nothing and write the missing page.
"""

from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query


class QueryOutcome(models.Model):
    query = models.OneToOneField(
        Query, on_delete=models.CASCADE, primary_key=True, related_name="outcome"
    )
    last_result_count = models.PositiveIntegerField(default=0)
    searches_without_results = models.PositiveIntegerField(default=0)
    last_searched_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "search outcome"

    def __str__(self):
        return f"{self.query.query_string}: {self.last_result_count} results"


def log_search(query_string, result_count):
    """Count one search of `query_string` today and remember how many results it found."""
    with transaction.atomic():
        query = Query.get(query_string)
        query.add_hit()
        outcome, _ = QueryOutcome.objects.get_or_create(query=query)
        outcome.last_result_count = result_count
        outcome.last_searched_at = timezone.now()
        if result_count == 0:
            outcome.searches_without_results = F("searches_without_results") + 1
        outcome.save()
