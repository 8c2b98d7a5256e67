"""The home page: featured parks and rides, site totals and recent changes."""

from django.db import models
from django.db.models import Count, Q
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable, Page, TaskState

from core.models import BasePage, page_tabs
from core.pages import attach_parent_pages
from parks.models import ParkPage, attach_parks
from rides.models import RideCategory, RidePage


class HomePage(BasePage):
    """The front door: featured parks and rides, site totals and recent changes."""

    intro = models.TextField(blank=True, max_length=500)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["parks.ParkIndexPage"]
    max_count = 1

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("featured_pages", label="Featured parks and rides", max_num=12),
    ]
    edit_handler = page_tabs(("Content", content_panels))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        order = [feature.page_id for feature in self.featured_pages.all()]
        parks = ParkPage.objects.live().public().filter(pk__in=order).for_cards()
        rides = RidePage.objects.live().public().filter(pk__in=order).for_cards()
        context["featured_parks"] = sorted(parks, key=lambda p: order.index(p.pk))
        context["featured_rides"] = attach_parks(sorted(rides, key=lambda r: order.index(r.pk)))
        context["recently_updated"] = self.recently_updated()
        return context

    @cached_property
    def totals(self):
        parks = ParkPage.objects.live().public()
        rides = RidePage.objects.live().public()
        return {
            "parks": parks.count(),
            "countries": parks.order_by().values("country").distinct().count(),
            **rides.aggregate(
                rides=Count("pk"),
                coasters=Count("pk", filter=Q(category=RideCategory.ROLLER_COASTER)),
            ),
        }

    def recently_updated(self, limit=8):
        """The latest published parks and rides, each saying what changed and where: its
        type, a ride's park, added or updated, and the approving moderator's note if any.

        Plain pages (no per-type queries): one query for the pages, one for the rides' parks,
        one for the moderators' notes, however many rows.
        """
        pages = list(
            Page.objects.live()
            .public()
            .type(ParkPage, RidePage)
            .exclude(last_published_at=None)
            .order_by("-last_published_at")[:limit]
        )
        rides = attach_parent_pages(
            [page for page in pages if page.specific_class is RidePage], name="park_page"
        )
        notes = approval_notes([page.live_revision_id for page in pages])
        ride_ids = {ride.pk for ride in rides}
        for page in pages:
            page.is_ride = page.pk in ride_ids
            page.is_new = page.first_published_at == page.last_published_at
            page.note = notes.get(page.live_revision_id, "")
        return pages

    def get_meta_title(self):
        """The browser title: the site name follows every title, so the home page (titled
        "ThrillWiki") names what the site is instead of repeating it."""
        return self.seo_title or "Theme parks, roller coasters and rides"

    def structured_data(self, request):
        data = super().structured_data(request)
        data["@type"] = "WebSite"
        return data


def approval_notes(revision_ids):
    """{revision id: the moderator's comment when approving it}, for the revisions that have
    one, in one query."""
    states = TaskState.objects.filter(
        revision_id__in=[pk for pk in revision_ids if pk], status=TaskState.STATUS_APPROVED
    ).exclude(comment="")
    return dict(states.order_by("finished_at").values_list("revision_id", "comment"))


class HomePageFeature(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page", ["parks.ParkPage", "rides.RidePage"])]
