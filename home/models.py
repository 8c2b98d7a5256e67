"""The home page: featured parks and rides, site totals and recent changes."""

from django.db import models
from django.db.models import Count, Q
from django.utils.functional import SimpleLazyObject, cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable, Page, TaskState

from core.models import BasePage, page_tabs
from core.pages import attach_parent_pages
from core.query import PublicPageQuerySet
from operations.cache import per_content_version
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

    def route(self, request, path_components):
        """Find the page a URL names in two queries rather than two per level of the tree.

        Wagtail walks the tree from here, one level at a time: the child with the next slug,
        then its specific page (8 queries for a ride page, 6 for a park). The pages on the
        way are found by their url_path at once instead, and only the last is made specific;
        each page keeps its parent, so `get_parent()` costs nothing. Anything unusual (a
        page that is not there, a page type with its own `route`, a sub-path) takes Wagtail's
        walk, which also gives the 404s.
        """
        found = self.found_route(request, path_components)
        if found is None:
            return super().route(request, path_components)
        chain, page = found
        parent = self
        for step in chain:
            step._cached_parent_obj = parent
            parent = step
        page._cached_parent_obj = chain[-2] if len(chain) > 1 else self
        return page.route(request, [])

    def found_route(self, request, path_components):
        """(pages on the way, specific page) for a URL, or None for Wagtail's walk.

        For visitors without an account it is kept per content version: the pages' public
        fields change only by a publish, unpublish, move or delete, which all bump it. That
        saves the two queries (and their compiling) on every uncached page view. Editors are
        routed from fresh rows: saving a draft changes a page's row (its draft title, its
        unpublished-changes flag) without a publish, and their userbar shows that state.
        """
        if not path_components:
            return None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return self.route_lookup(path_components)
        key = f"route:{self.pk}:{'/'.join(path_components)}"
        return per_content_version(key, lambda: self.route_lookup(path_components))

    def route_lookup(self, path_components):
        """(pages on the way, specific page with its related objects) read now, or None."""
        chain = self.pages_on_route(path_components)
        if chain is None:
            return None
        return chain, self.specific_with_related(chain[-1])

    @staticmethod
    def specific_with_related(page):
        """The specific page, with the objects its page type names in `serve_select_related`
        (companies, ride model, hero image...) joined into the same query."""
        model = page.specific_class
        related = getattr(model, "serve_select_related", ())
        if model is None or not related:
            return page.specific
        return model.objects.select_related(*related).get(pk=page.pk)

    def pages_on_route(self, path_components):
        """The pages from here to the one `path_components` name, by url_path, or None."""
        if not path_components:
            return None
        prefixes = [
            f"{self.url_path}{'/'.join(path_components[:depth])}/"
            for depth in range(1, len(path_components) + 1)
        ]
        chain = list(Page.objects.filter(url_path__in=prefixes).order_by("depth"))
        if [page.url_path for page in chain] != prefixes:
            return None
        if any(page.specific_class.route is not Page.route for page in chain[:-1]):
            return None
        return chain

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy, so the cached featured cards (templates/home/home_page.html) skip the queries.
        context["featured_parks"] = SimpleLazyObject(lambda: self.featured["parks"])
        context["featured_rides"] = SimpleLazyObject(lambda: self.featured["rides"])
        context["recently_updated"] = self.recently_updated()
        return context

    @cached_property
    def featured(self):
        """The featured parks and rides, live and public, in the editors' order."""
        order = [feature.page_id for feature in self.featured_pages.all()]
        parks = ParkPage.objects.live().public().filter(pk__in=order).for_cards()
        rides = RidePage.objects.live().public().filter(pk__in=order).for_cards()
        return {
            "parks": sorted(parks, key=lambda p: order.index(p.pk)),
            "rides": attach_parks(sorted(rides, key=lambda r: order.index(r.pk))),
        }

    @cached_property
    def totals(self):
        """The site totals, counted once per content version (that is, once per publish,
        unpublish, move or delete): three aggregate queries over every page (15 ms at 1,000
        parks and 10,000 rides) that otherwise every home page view paid."""
        return per_content_version("home-totals", self.count_totals)

    def count_totals(self):
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
        """The last published parks and rides, read once per content version (it only
        changes when something is published): a sort of every live page otherwise."""
        return per_content_version(f"home-recent:{limit}", lambda: self.last_published(limit))

    def last_published(self, limit):
        """The latest published parks and rides, each saying what changed and where: its
        type, a ride's park, added or updated, and the approving moderator's note if any.

        Plain pages (no per-type queries): one query for the pages, one for the rides' parks,
        one for the moderators' notes, however many rows.
        """
        pages = list(
            PublicPageQuerySet(Page)
            .live()
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
