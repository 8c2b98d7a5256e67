"""Small abstract parts that park and ride pages share."""

import datetime
from dataclasses import dataclass

from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel


class DatePrecision(models.TextChoices):
    DAY = "day", "Exact day"
    MONTH = "month", "Month only"
    YEAR = "year", "Year only"


# Help for every partly known date: the admin's date field takes one format only.
DATE_HELP = (
    "YYYY-MM-DD, e.g. 2018-05-05. If only the month or year is known, enter the first day "
    "and choose how precisely it is known next to it."
)


@dataclass(frozen=True)
class ApproximateDate:
    """A date shown no more precisely than it is known ("1870", "June 1870", "1 June 1870")."""

    value: datetime.date
    precision: str = DatePrecision.DAY

    @property
    def iso(self):
        """A valid HTML <time datetime> value at the same precision."""
        formats = {DatePrecision.YEAR: "%Y", DatePrecision.MONTH: "%Y-%m"}
        return self.value.strftime(formats.get(self.precision, "%Y-%m-%d"))

    def __str__(self):
        if self.precision == DatePrecision.YEAR:
            return str(self.value.year)
        if self.precision == DatePrecision.MONTH:
            return self.value.strftime("%B %Y")
        return f"{self.value.day} {self.value.strftime('%B %Y')}"


class OperatingHistory(models.Model):
    """Opening and closing dates (with how precisely each is known) and former names, shared by
    parks and rides; a closing date before the opening date is a field error."""

    opening_date = models.DateField(null=True, blank=True, help_text=DATE_HELP)
    opening_date_precision = models.CharField(
        "opening date known to", max_length=8, choices=DatePrecision.choices, default="day"
    )
    closing_date = models.DateField(null=True, blank=True, help_text=DATE_HELP)
    closing_date_precision = models.CharField(
        "closing date known to", max_length=8, choices=DatePrecision.choices, default="day"
    )
    former_names = models.TextField(blank=True, help_text="One former name per line.")

    history_panels = [
        FieldRowPanel([FieldPanel("opening_date"), FieldPanel("opening_date_precision")]),
        FieldRowPanel([FieldPanel("closing_date"), FieldPanel("closing_date_precision")]),
        FieldPanel("former_names"),
    ]

    class Meta:
        abstract = True

    @property
    def opened(self):
        return self.opening_date and ApproximateDate(self.opening_date, self.opening_date_precision)

    @property
    def closed(self):
        return self.closing_date and ApproximateDate(self.closing_date, self.closing_date_precision)

    @property
    def former_names_list(self):
        return [name.strip() for name in self.former_names.splitlines() if name.strip()]

    def history_errors(self):
        if self.opening_date and self.closing_date and self.closing_date <= self.opening_date:
            return {"closing_date": "The closing date must be after the opening date."}
        return {}
