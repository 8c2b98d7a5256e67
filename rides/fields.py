"""Field builders for ride statistics: every one optional, range-checked, metric."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


def stat_range(low, high, unit, what):
    """Validators for a statistic: never negative, never beyond anything ever built."""
    return [
        MinValueValidator(low, f"{what} cannot be negative."),
        MaxValueValidator(high, f"{what} above {high} {unit} is beyond anything ever built."),
    ]


def decimal_stat(verbose_name, high, unit, places=1, digits=6, help_text=""):
    return models.DecimalField(
        verbose_name,
        help_text=help_text,
        max_digits=digits,
        decimal_places=places,
        null=True,
        blank=True,
        validators=stat_range(Decimal(0), Decimal(high), unit, verbose_name.capitalize()),
    )


def count_stat(verbose_name, high):
    return models.PositiveSmallIntegerField(
        verbose_name,
        null=True,
        blank=True,
        validators=stat_range(0, high, "", verbose_name.capitalize()),
    )
