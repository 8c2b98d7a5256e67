"""Atom feeds of parks and rides: newly published and recently updated, site-wide, per park,
per company, and per year's openings (django.contrib.syndication, Atom 1.0)."""

from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from wagtail.models import Page

from companies.models import Company
from parks.models import ParkPage
from records.timelines import checked_year
from rides.models import RidePage

FEED_SIZE = 30


class PageFeed(Feed):
    """Shared parts: Atom, live public pages only, each entry linking to its page."""

    feed_type = Atom1Feed
    order = "-last_published_at"

    def pages(self, obj):
        return Page.objects.live().public().type(ParkPage, RidePage)

    def items(self, obj=None):
        pages = self.pages(obj).exclude(last_published_at=None).order_by(self.order)
        return pages.defer_streamfields().specific()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return getattr(item, "meta_description", "") or item.search_description

    def item_link(self, item):
        return item.get_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class NewPagesFeed(PageFeed):
    title = "ThrillWiki: new parks and rides"
    subtitle = "Park and ride pages as they are first published."
    order = "-first_published_at"

    def link(self):
        return "/parks/"

    def items(self, obj=None):
        pages = self.pages(obj).exclude(first_published_at=None).order_by(self.order)
        return pages.defer_streamfields().specific()[:FEED_SIZE]


class UpdatedPagesFeed(PageFeed):
    title = "ThrillWiki: recently updated parks and rides"
    subtitle = "Park and ride pages each time a moderator publishes a change."

    def link(self):
        return "/parks/"


class ParkFeed(PageFeed):
    """One park and its rides, as they are published or updated."""

    def get_object(self, request, slug):
        return get_object_or_404(ParkPage.objects.live().public(), slug=slug)

    def pages(self, park):
        return Page.objects.live().public().descendant_of(park, inclusive=True)

    def title(self, park):
        return f"ThrillWiki: {park.title}"

    def subtitle(self, park):
        return f"{park.title} and its rides, as their pages are published or updated."

    def link(self, park):
        return park.get_url()


class CompanyFeed(PageFeed):
    """The parks a company runs or owns and the rides it built or designed."""

    def get_object(self, request, slug):
        return get_object_or_404(Company, slug=slug)

    def pages(self, company):
        parks = ParkPage.objects.filter(Q(operator=company) | Q(property_owner=company))
        rides = RidePage.objects.filter(Q(manufacturer=company) | Q(designer=company))
        pages = Q(pk__in=parks.values("pk")) | Q(pk__in=rides.values("pk"))
        return Page.objects.live().public().filter(pages)

    def title(self, company):
        return f"ThrillWiki: {company.name}"

    def subtitle(self, company):
        return f"Parks and rides of {company.name}, as their pages are published or updated."

    def link(self, company):
        return company.get_absolute_url()


class YearOpeningsFeed(PageFeed):
    """The rides (and parks) opening in one year: 'New for 2026' as a feed."""

    def get_object(self, request, year):
        return checked_year(year)

    def pages(self, year):
        return (
            super()
            .pages(year)
            .filter(Q(parkpage__opening_date__year=year) | Q(ridepage__opening_date__year=year))
        )

    def title(self, year):
        return f"ThrillWiki: new for {year}"

    def subtitle(self, year):
        return f"Parks and rides opening in {year}, as their pages are published or updated."

    def link(self, year):
        return reverse("records:new", args=[year])
