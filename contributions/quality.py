"""Data-quality help for editors: likely duplicates of a new page, and pages whose facts need
attention (statistics without a source, facts not verified for a year)."""

import datetime
from dataclasses import dataclass

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection

from contributions.facts import STATISTICS, facts_for
from parks.models import ParkPage
from rides.models import RidePage

# pg_trgm similarity from which two titles look like the same park or ride ("Millenium Force"
# and "Millennium Force" score about 0.8; unrelated names stay under 0.2).
SIMILARITY = 0.45
VERIFIED_FOR_DAYS = 365


def similar_pages(page):
    """Other rides in the same park, or parks in the same country, with a similar title:
    trigram similarity on PostgreSQL (pg_trgm), the same title ignoring case elsewhere."""
    if isinstance(page, RidePage):
        candidates = RidePage.objects.child_of(page.get_parent())
    elif isinstance(page, ParkPage):
        candidates = ParkPage.objects.filter(country=page.country)
    else:
        return []
    candidates = candidates.exclude(pk=page.pk)
    if connection.vendor == "postgresql":
        candidates = (
            candidates.annotate(similarity=TrigramSimilarity("title", page.title))
            .filter(similarity__gte=SIMILARITY)
            .order_by("-similarity")
        )
    else:
        candidates = candidates.filter(title__iexact=page.title)
    return list(candidates[:5])


@dataclass
class Attention:
    page: object
    unsourced: list
    stale: bool


def pages_needing_attention(today=None):
    """Parks and rides with a statistic that no source supports, or whose facts were never
    verified or not within a year; sorted by title. Two queries per page type."""
    today = today or datetime.date.today()
    cutoff = today - datetime.timedelta(days=VERIFIED_FOR_DAYS)
    rows = []
    for model in (ParkPage, RidePage):
        statistics = [fact for fact in facts_for(model) if fact.name in STATISTICS]
        pages = model.objects.prefetch_related("sources").only(
            "title", "last_verified", *(fact.name for fact in statistics)
        )
        for page in pages:
            cited = {name for source in page.sources.all() for name in source.facts}
            unsourced = [
                fact.label
                for fact in statistics
                if getattr(page, fact.name) is not None and fact.name not in cited
            ]
            stale = page.last_verified is None or page.last_verified < cutoff
            if unsourced or stale:
                rows.append(Attention(page, unsourced, stale))
    return sorted(rows, key=lambda row: row.page.title.lower())
