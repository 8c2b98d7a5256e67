"""Identifiers of the same park, ride or company in other databases (Wikidata, RCDB and, for
rides, Captain Coaster), so readers and machines can follow a page to its counterparts.

They live with companies because companies is the shared reference-data app that both parks
and rides already depend on; the fields are the same on all three.
"""

from django.core.validators import RegexValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel

WIKIDATA_PATTERN = r"^Q[1-9][0-9]{0,11}$"
RCDB_PATTERN = r"^[1-9][0-9]{0,8}$"
CAPTAIN_COASTER_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

validate_wikidata_id = RegexValidator(
    WIKIDATA_PATTERN, "A Wikidata ID is a Q followed by digits, e.g. Q1061566."
)
validate_rcdb_id = RegexValidator(
    RCDB_PATTERN, "An RCDB ID is the number in the page's address, e.g. 1234 for rcdb.com/1234.htm."
)
validate_captain_coaster_slug = RegexValidator(
    CAPTAIN_COASTER_PATTERN,
    "A Captain Coaster slug is lower-case letters, digits and single hyphens.",
)


class ExternalIdentifiers(models.Model):
    """Wikidata and RCDB identifiers, shown as links and emitted as schema.org sameAs."""

    wikidata_id = models.CharField(
        "Wikidata ID", max_length=13, blank=True, db_index=True, validators=[validate_wikidata_id]
    )
    rcdb_id = models.CharField(
        "RCDB ID", max_length=9, blank=True, db_index=True, validators=[validate_rcdb_id]
    )

    identifier_panels = [FieldRowPanel([FieldPanel("wikidata_id"), FieldPanel("rcdb_id")])]

    class Meta:
        abstract = True

    def external_links(self):
        """[(label, url)] for each identifier that is filled in."""
        links = []
        if self.wikidata_id:
            links.append(("Wikidata", f"https://www.wikidata.org/wiki/{self.wikidata_id}"))
        if self.rcdb_id:
            links.append(("RCDB", f"https://rcdb.com/{self.rcdb_id}.htm"))
        return links

    def structured_data(self, request):
        """Adds sameAs (the external pages) to the page's schema.org object."""
        data = super().structured_data(request)
        same_as = [url for _, url in self.external_links()]
        if same_as:
            data["sameAs"] = same_as
        return data


class RideIdentifiers(ExternalIdentifiers):
    """Rides also carry their Captain Coaster slug (Captain Coaster rates roller coasters)."""

    captain_coaster_slug = models.CharField(
        "Captain Coaster slug",
        max_length=255,
        blank=True,
        db_index=True,
        validators=[validate_captain_coaster_slug],
    )

    identifier_panels = [
        FieldRowPanel(
            [FieldPanel("wikidata_id"), FieldPanel("rcdb_id"), FieldPanel("captain_coaster_slug")]
        )
    ]

    class Meta:
        abstract = True

    def external_links(self):
        links = super().external_links()
        if self.captain_coaster_slug:
            url = f"https://captaincoaster.com/en/coasters/{self.captain_coaster_slug}"
            links.append(("Captain Coaster", url))
        return links
