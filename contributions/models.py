"""Sources that editors cite per fact, and corrections that readers suggest."""

from django import forms
from django.conf import settings
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from contributions.facts import PARK_FACTS, RIDE_FACTS, fact_choices, fact_named


class FactListField(models.JSONField):
    """The names of the facts a source supports, picked with checkboxes in the InlinePanel.

    A JSON list rather than a table of citations keeps one source one quick inline row; the
    choices are the page type's facts (they live in code, so migrations see a plain JSONField).
    """

    def __init__(self, *args, facts=(), **kwargs):
        self.facts = facts
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.JSONField", args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name.capitalize(),
            choices=fact_choices(self.facts),
            widget=forms.CheckboxSelectMultiple,
            required=False,
            help_text=self.help_text,
        )


class Source(Orderable):
    """A published reference for some facts of a page: numbered by its order, it becomes a
    footnote next to each fact it supports and an entry in the page's "Sources" list."""

    url = models.URLField("URL", max_length=500, help_text="The page or document, https://….")
    title = models.CharField(max_length=255)
    publisher = models.CharField(max_length=255, blank=True)
    accessed = models.DateField(
        "accessed on", null=True, blank=True, help_text="When you read the source (YYYY-MM-DD)."
    )

    panels = [
        FieldRowPanel([FieldPanel("url"), FieldPanel("title")]),
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("accessed")]),
        FieldPanel("facts"),
    ]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.title

    def fact_labels(self):
        """The supported facts' labels, in the order the page shows them."""
        cited = set(self.facts)
        return [
            label
            for name, label in fact_choices(self._meta.get_field("facts").facts)
            if name in cited
        ]


class ParkSource(Source):
    page = ParentalKey("parks.ParkPage", on_delete=models.CASCADE, related_name="sources")
    facts = FactListField(
        "supports", facts=PARK_FACTS, help_text="The facts on this page this source confirms."
    )


class RideSource(Source):
    page = ParentalKey("rides.RidePage", on_delete=models.CASCADE, related_name="sources")
    facts = FactListField(
        "supports", facts=RIDE_FACTS, help_text="The facts on this page this source confirms."
    )


class SuggestionStatus(models.TextChoices):
    NEW = "new", "New"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class Suggestion(models.Model):
    """A reader's proposed correction of one fact, with a source. Accepting it turns it into a
    draft revision that goes through the same "Moderator approval" workflow as any edit."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="suggestions"
    )
    fact = models.CharField(max_length=64)
    current_value = models.CharField("value when suggested", max_length=200, blank=True)
    value = models.CharField("suggested value", max_length=200)
    source_url = models.URLField("source", max_length=500)
    note = models.TextField(blank=True, max_length=1000)
    email = models.EmailField(blank=True, help_text="Only used to tell the reader the outcome.")
    status = models.CharField(
        max_length=16, choices=SuggestionStatus.choices, default=SuggestionStatus.NEW
    )
    rejection_reason = models.TextField(blank=True, max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
        help_text="The draft revision made when the suggestion was accepted.",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.fact_label} of {self.page.title}"

    @property
    def fact_label(self):
        fact = fact_named(self.page.specific_class, self.fact)
        return fact.label if fact else self.fact
