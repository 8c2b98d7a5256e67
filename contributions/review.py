"""Deciding a reader's suggestion in the admin.

Accepting never publishes: it saves a draft revision with the new value and the reader's
source, and submits it to the page's workflow ("Moderator approval"), where a moderator other
than whoever accepted it approves it. Rejecting records why. Either way the reader hears back.
"""

import datetime
from urllib.parse import urlsplit

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from contributions.facts import fact_named
from contributions.forms import check_fact_value
from contributions.models import SuggestionStatus
from contributions.notify import tell_reader

ALREADY_IN_REVIEW = (
    "This page is already waiting for approval. Accept the suggestion once that review is done."
)
ALREADY_DECIDED = "This suggestion has already been decided."


class CannotAccept(Exception):
    """The suggestion cannot become a draft now; the message says why, for the reviewer."""


def accept(suggestion, user, request=None):
    """Turn the suggestion into a draft revision in moderation; returns the revision."""
    if suggestion.status != SuggestionStatus.NEW:
        raise CannotAccept(ALREADY_DECIDED)
    page = suggestion.page.specific
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    if page.workflow_in_progress:
        raise CannotAccept(ALREADY_IN_REVIEW)
    draft = page.get_latest_revision_as_object()
    try:
        value = check_fact_value(draft, suggestion.fact, suggestion.value)
    except ValidationError as exc:
        # The page changed since the reader wrote (another edit made the value invalid).
        raise CannotAccept(" ".join(exc.messages)) from exc
    setattr(draft, suggestion.fact, value)
    draft.sources.add(_source_for(draft, suggestion))
    with transaction.atomic():
        revision = draft.save_revision(user=user, log_action=True)
        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(draft, user)
        _decide(suggestion, user, SuggestionStatus.ACCEPTED, revision=revision)
    tell_reader(suggestion, request)
    return revision


def reject(suggestion, user, reason, request=None):
    """Record the reason and tell the reader."""
    if suggestion.status != SuggestionStatus.NEW:
        raise CannotAccept(ALREADY_DECIDED)
    suggestion.rejection_reason = reason
    _decide(suggestion, user, SuggestionStatus.REJECTED)
    tell_reader(suggestion, request)


def _decide(suggestion, user, status, revision=None):
    suggestion.status = status
    suggestion.decided_by = user
    suggestion.decided_at = timezone.now()
    suggestion.revision = revision
    suggestion.save()


def _source_for(page, suggestion):
    """The reader's source as a citation of the corrected fact, titled by its site until an
    editor gives it a better title in the draft."""
    source_model = page.sources.model
    host = urlsplit(suggestion.source_url).hostname or suggestion.source_url
    fact = fact_named(page, suggestion.fact)
    return source_model(
        sort_order=len(page.sources.all()),
        url=suggestion.source_url,
        title=f"{fact.label if fact else suggestion.fact} ({host})"[:255],
        publisher=host[:255],
        accessed=datetime.date.today(),
        facts=[suggestion.fact],
    )
