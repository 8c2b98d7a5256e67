"""The reader's "Suggest a correction" form: one fact, its new value, a source.

The value is checked with the page model's own rules (field validators and `clean()`), so a
reader gets exactly the error an editor would. Spam defences, none of which needs JavaScript
or a third party: a honeypot field, a signed time stamp for the minimum fill time, length caps
(here and on the model) and a per-address rate limit (contributions.spam).
"""

import copy
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError

from contributions.facts import display_value, fact_choices, fact_named, facts_for
from contributions.models import Suggestion

FILL_SALT = "contributions.suggestion.started"
# The fill stamp as a page-cache fill-in (operations.fill_ins; registered in apps.py): a kept
# copy of the form holds a placeholder, filled with a stamp of the moment each reader gets it.
FILL_STAMP = "suggestion-started"
# A form older than this was left open too long (or replayed); it is shown again, fresh.
FILL_MAX_AGE_SECONDS = 24 * 60 * 60
SPAM_REJECTED = "Your suggestion could not be accepted. Please try again."
TOO_QUICK = "That was very quick. Please check your suggestion and send it again."
EXPIRED = "This form has expired. Please check your suggestion and send it again."
UNCHANGED = "That is the value the page already shows."


def fill_token(issued_at=None):
    """A signed record of when the form was shown: readers cannot forge an older one."""
    return signing.dumps(
        {"t": int(issued_at if issued_at is not None else time.time())}, salt=FILL_SALT
    )


def fill_stamp(request):
    """The fill stamp of a form shown now (the fill-in's value: it depends on no reader)."""
    return fill_token()


def seconds_since(token):
    """How long ago the form was shown, or None if the token is forged or too old."""
    try:
        issued = signing.loads(token, salt=FILL_SALT)["t"]
    except (signing.BadSignature, KeyError, TypeError):
        return None
    elapsed = time.time() - issued
    return elapsed if 0 <= elapsed <= FILL_MAX_AGE_SECONDS else None


def parse_fact_value(page, fact_name, raw):
    """The typed value of `raw` for the page's field, by the model field's own form field
    (dates, numbers, URLs, choices by key or label). Raises ValidationError."""
    field = page._meta.get_field(fact_name)
    if field.choices:
        by_label = {str(label).lower(): key for key, label in field.flatchoices}
        raw = by_label.get(raw.strip().lower(), raw.strip())
    return field.formfield(required=False).clean(raw)


def check_fact_value(page, fact_name, raw):
    """Apply the value to an in-memory copy of the page and run the model's validation.

    Returns the typed value. Raises ValidationError with the messages that concern the changed
    fact, including rules that span two fields (a closing date before the opening date).
    """
    value = parse_fact_value(page, fact_name, raw)
    if value in (None, ""):
        raise ValidationError("Enter the new value.")
    candidate = copy.copy(page)  # the page itself stays as it is
    before = _model_errors(candidate)
    setattr(candidate, fact_name, value)
    after = _model_errors(candidate)
    messages = after.get(fact_name, []) + [
        message
        for name, errors in after.items()
        if name != fact_name and errors != before.get(name)
        for message in errors
    ]
    if messages:
        raise ValidationError(messages)
    return value


def _model_errors(page):
    """The page's field and cross-field errors as {field: [message, ...]}."""
    errors = {}
    try:
        page.clean_fields(exclude=_unchecked_fields(page))
    except ValidationError as exc:
        errors.update(exc.message_dict)
    try:
        page.clean()
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            errors.setdefault(name, []).extend(messages)
    return errors


def _unchecked_fields(page):
    """Fields the reader cannot touch (the tree, slugs, rich text): only facts are validated."""
    facts = {fact.name for fact in facts_for(page)}
    return [field.name for field in page._meta.concrete_fields if field.name not in facts]


class SuggestionForm(forms.Form):
    """Bound to a park or ride page; `cleaned_data["typed_value"]` is the checked value.

    An unbound form is stamped with the time it is shown, or carries `started` instead: the
    placeholder of a copy the page cache keeps, which is stamped for each reader.
    """

    fact = forms.ChoiceField(label="Which fact is wrong?")
    value = forms.CharField(label="Correct value", max_length=200, strip=True)
    source_url = forms.URLField(
        label="Source (a web address that confirms it)",
        max_length=500,
        assume_scheme="https",
    )
    note = forms.CharField(
        label="Anything else? (optional)",
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    email = forms.EmailField(
        label="Your email, if you would like to hear back (optional)",
        required=False,
        max_length=254,
    )
    # Honeypot: hidden from people by CSS and from assistive technology by aria-hidden on its
    # wrapper; scripts that fill every field fill this one too.
    homepage = forms.CharField(label="Leave this empty", required=False, max_length=200)
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, page, started=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields["fact"].choices = fact_choices(facts_for(page), suggestable_only=True)
        self.fields["homepage"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        if not self.is_bound:
            self.initial["started"] = started or fill_token()

    @property
    def is_spam(self):
        """True when a spam rule (not a reader's honest mistake) rejected the form."""
        return getattr(self, "_spam", False)

    def clean_homepage(self):
        if self.cleaned_data["homepage"]:
            self._spam = True
            raise ValidationError(SPAM_REJECTED)
        return ""

    def clean_started(self):
        elapsed = seconds_since(self.cleaned_data["started"])
        if elapsed is None:
            self.data = self.data.copy()
            self.data["started"] = fill_token()  # the form shown again starts a fresh clock
            raise ValidationError(EXPIRED)
        if elapsed < settings.SUGGESTION_MIN_FILL_SECONDS:
            self._spam = True
            raise ValidationError(TOO_QUICK)
        return self.cleaned_data["started"]

    def clean(self):
        cleaned = super().clean()
        fact, raw = cleaned.get("fact"), cleaned.get("value")
        if not fact or not raw:
            return cleaned
        try:
            typed = check_fact_value(self.page, fact, raw)
        except ValidationError as exc:
            self.add_error("value", exc)
            return cleaned
        if typed == getattr(self.page, fact):
            self.add_error("value", UNCHANGED)
        cleaned["typed_value"] = typed
        return cleaned

    def save(self):
        """Store the suggestion; the value is kept as the reader typed it, the page's current
        value alongside for the reviewer."""
        data = self.cleaned_data
        fact = fact_named(self.page, data["fact"])
        return Suggestion.objects.create(
            page=self.page,
            fact=data["fact"],
            current_value=display_value(self.page, fact, getattr(self.page, fact.name))[:200],
            value=data["value"],
            source_url=data["source_url"],
            note=data["note"],
            email=data["email"],
        )
