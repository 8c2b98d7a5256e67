"""A page's public history: its published versions and what changed between them.

Built from the "wagtail.publish" log entries, which name the revision and whoever published
it (the approving moderator). Drafts, rejected revisions and work in moderation were never
published, so they never appear. The query count does not grow with the number of versions.
"""

from dataclasses import dataclass, field

from django.db import models
from wagtail.models import PageLogEntry

from contributions.facts import Fact, display_value, facts_for
from contributions.models import Suggestion, SuggestionStatus

# Shown as "changed" rather than word by word.
TEXT_FIELDS = (("intro", "Introduction"), ("body", "Body"))
EXTRA_FACTS = (Fact("title", "Name"), Fact("former_names", "Former names"))
PUBLIC_NAME_FALLBACK = "A ThrillWiki moderator"


@dataclass
class Change:
    label: str
    before: str = ""
    after: str = ""
    text_only: bool = False  # long text: say that it changed, not how


@dataclass
class Version:
    published_at: object
    approved_by: str
    changes: list = field(default_factory=list)
    first: bool = False
    suggested_by_reader: bool = False


def public_name(user):
    """First and last name only: never a username or an email address."""
    name = user.get_full_name().strip() if user is not None else ""
    return name or PUBLIC_NAME_FALLBACK


def published_versions(page, limit=None):
    """The page's published versions, newest first."""
    entries = list(
        PageLogEntry.objects.filter(page=page, action="wagtail.publish", revision__isnull=False)
        .select_related("user", "revision")
        .order_by("timestamp", "pk")
    )
    model = page.specific_class
    facts = EXTRA_FACTS + facts_for(model)
    labels = _related_labels(model, facts, [entry.revision.content for entry in entries])
    credited = _reader_credited_revisions(page, entries)
    versions, previous = [], None
    for entry in entries:
        content = entry.revision.content
        version = Version(
            published_at=entry.timestamp,
            approved_by=public_name(entry.user),
            first=previous is None,
            suggested_by_reader=entry.revision_id in credited,
        )
        if previous is not None:
            version.changes = _changes(model, facts, labels, previous, content)
        versions.append(version)
        previous = content
    versions.reverse()
    return versions[:limit] if limit else versions


def _value(model, fact, content, labels):
    raw = content.get(fact.name)
    db_field = model._meta.get_field(fact.name)
    if isinstance(db_field, models.ForeignKey):
        return labels.get((db_field.related_model, raw), "—") if raw else "—"
    value = db_field.to_python(raw) if raw not in (None, "") else None
    return display_value(model, fact, value)


def _changes(model, facts, labels, before, after):
    changes = []
    for fact in facts:
        old, new = (_value(model, fact, content, labels) for content in (before, after))
        if old != new:
            changes.append(Change(fact.label, old, new))
    for name, label in TEXT_FIELDS:
        if before.get(name) != after.get(name):
            changes.append(Change(label, text_only=True))
    if _sources(before) != _sources(after):
        changes.append(Change("Sources", text_only=True))
    return changes


def _sources(content):
    return [(s.get("url"), s.get("title"), s.get("facts")) for s in content.get("sources", [])]


def _related_labels(model, facts, contents):
    """Names of the companies and ride models the versions point at: one query per model."""
    wanted = {}
    for fact in facts:
        db_field = model._meta.get_field(fact.name)
        if isinstance(db_field, models.ForeignKey):
            ids = {content.get(fact.name) for content in contents} - {None}
            wanted.setdefault(db_field.related_model, set()).update(ids)
    return {
        (related, pk): str(obj)
        for related, ids in wanted.items()
        if ids
        for pk, obj in related.objects.in_bulk(ids).items()
    }


def _reader_credited_revisions(page, entries):
    """Published revisions that carry an accepted suggestion: the first one published at or
    after the draft the suggestion became (a moderator may have edited it in review)."""
    accepted = sorted(
        Suggestion.objects.filter(
            page=page, status=SuggestionStatus.ACCEPTED, revision__isnull=False
        ).values_list("revision_id", flat=True)
    )
    credited = set()
    for revision_id in accepted:
        match = next((e.revision_id for e in entries if e.revision_id >= revision_id), None)
        if match is not None:
            credited.add(match)
    return credited
