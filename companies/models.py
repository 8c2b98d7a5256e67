"""Companies behind parks and rides: operators, property owners, manufacturers, designers."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from companies.identifiers import ExternalIdentifiers


class CompanyRole(models.TextChoices):
    OPERATOR = "operator", "Operator"
    PROPERTY_OWNER = "property_owner", "Property owner"
    MANUFACTURER = "manufacturer", "Manufacturer"
    DESIGNER = "designer", "Designer"


ROLE_FLAGS = {
    CompanyRole.OPERATOR: "is_operator",
    CompanyRole.PROPERTY_OWNER: "is_property_owner",
    CompanyRole.MANUFACTURER: "is_manufacturer",
    CompanyRole.DESIGNER: "is_designer",
}


def validate_not_in_future(year):
    if year > datetime.date.today().year:
        raise ValidationError("The founding year is in the future.")


class CompanyQuerySet(models.QuerySet):
    def with_role(self, role):
        return self.filter(**{ROLE_FLAGS[CompanyRole(role)]: True})


class Company(ExternalIdentifiers, index.Indexed, models.Model):
    """A company is reference data shared by many pages, so it is one row that every park and
    ride points at rather than text repeated on each page. One company can hold several roles
    (Disney operates and owns parks; Vekoma both designs and manufactures rides)."""

    name = models.CharField(max_length=255, unique=True)
    slug = models.SlugField(max_length=255, unique=True)
    is_operator = models.BooleanField("operator", default=False)
    is_property_owner = models.BooleanField("property owner", default=False)
    is_manufacturer = models.BooleanField("manufacturer", default=False)
    is_designer = models.BooleanField("designer", default=False)
    website = models.URLField(blank=True)
    founded_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1700, "Enter a year from 1700 on."),
            validate_not_in_future,
        ],
    )
    headquarters_country = CountryField(blank=True)
    description = models.TextField(blank=True)

    objects = CompanyQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("is_operator"),
                        FieldPanel("is_property_owner"),
                        FieldPanel("is_manufacturer"),
                        FieldPanel("is_designer"),
                    ]
                )
            ],
            heading="Roles",
        ),
        FieldPanel("website"),
        FieldRowPanel([FieldPanel("founded_year"), FieldPanel("headquarters_country")]),
        FieldPanel("description"),
        *ExternalIdentifiers.identifier_panels,
    ]

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("is_operator"),
        index.FilterField("is_property_owner"),
        index.FilterField("is_manufacturer"),
        index.FilterField("is_designer"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("companies:company", kwargs={"slug": self.slug})

    def clean(self):
        if not self.roles:
            raise ValidationError({"is_operator": "Choose at least one role for the company."})

    @property
    def roles(self):
        return [role for role, flag in ROLE_FLAGS.items() if getattr(self, flag)]

    @property
    def role_labels(self):
        return ", ".join(role.label for role in self.roles)
