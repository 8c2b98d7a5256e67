"""Public company pages (/companies/<slug>/), linked from park and ride pages.

A company is public only once a live page uses it: editors may add reference data, and it
reaches readers through a page a moderator has approved (see moderation.roles).

Parks and rides point at companies, not the other way round, so this view reaches them
through the reverse relations and imports neither app.
"""

import json
from itertools import groupby

from django.core.paginator import Paginator
from django.db.models import Case, Count, IntegerField, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_GET

from companies.forms import CompanyRideFilterForm
from companies.models import Company
from companies.timeline import timeline
from core.htmx import listing_url, render_listing, requested_page
from core.pages import attach_parent_pages
from images.renditions import card_image_prefetches
from operations.cache import per_content_version

RIDES_TARGET = "company-rides"
RIDES_PER_PAGE = 48


def _live(pages):
    return pages.live().public().defer_streamfields()


@require_GET
def company_detail(request, slug):
    company = get_object_or_404(Company, slug=slug)
    ride_class = company.manufactured_rides.model
    rides = _live(CompanyRideFilterForm.company_rides(ride_class.objects.all(), company))
    parks = _live(company.operated_parks.all() | company.owned_parks.all())
    # Every live ride of any manufacturer: a ride model is listed once some live ride uses it.
    ride_models = company.ride_models.filter(
        pk__in=_live(ride_class.objects.all()).order_by().values("ride_model_id")
    )
    if not (parks.exists() or rides.exists() or ride_models.exists()):
        raise Http404("No published page uses this company yet.")
    form = CompanyRideFilterForm(request.GET, company=company, ride_model=ride_class)
    # Lazy: a kept page of rides (templates/companies/company_rides.html) needs neither the
    # count of the maker's rides nor the page (10 ms each for 2,800 rides).
    listed = by_status(form.filter(rides))
    page_obj = SimpleLazyObject(
        lambda: Paginator(listed, RIDES_PER_PAGE).get_page(request.GET.get("page"))
    )
    context = {
        "company": company,
        "form": form,
        "page_obj": page_obj,
        # Lazy: one page of rides is rendered once per content version and filters
        # (templates/companies/company_rides.html), so a kept page loads none of them.
        "status_groups": SimpleLazyObject(
            lambda: status_groups(attach_parent_pages(page_obj.object_list), ride_class)
        ),
        "results_target": RIDES_TARGET,
        "parks": parks.order_by("title"),
        "ride_models": ride_models.order_by("name"),
        # Lazy: the htmx partial shows neither, and the full page renders the timeline (the
        # years and a few rides of each) once per content version (companies.timeline).
        "timeline": SimpleLazyObject(lambda: timeline(rides)),
        "status_counts": SimpleLazyObject(
            lambda: per_content_version(
                f"company-status-counts:{company.pk}", lambda: status_counts(rides)
            )
        ),
        "structured_data": organization_json_ld(request, company),
    }
    return render_listing(
        request,
        "companies/company_detail.html",
        context,
        fragments={RIDES_TARGET: "companies/company_rides.html"},
        push_url=listing_url(request.path, form, page_obj if requested_page(request) > 1 else None),
    )


def by_status(rides):
    """`rides` shaped for cards and ordered by status (in the choices' order) first, so that
    a page of them falls into status groups; the form's order applies within each group."""
    choices = rides.model._meta.get_field("status").choices
    rank = Case(
        *(When(status=value, then=Value(n)) for n, (value, _) in enumerate(choices)),
        default=Value(len(choices)),
        output_field=IntegerField(),
    )
    ordering = rides.query.order_by
    return (
        rides.select_related("ride_model", "park_area")
        .prefetch_related(*card_image_prefetches())
        .order_by(rank, *ordering)
    )


def status_groups(rides, ride_class):
    """[(status, label, [rides])] for the rides of one page, already in status order."""
    labels = dict(ride_class._meta.get_field("status").choices)
    return [
        (status, labels.get(status, status), list(group))
        for status, group in groupby(rides, key=lambda ride: ride.status)
    ]


def status_counts(rides):
    """[(status label, count)] in the order of the ride status choices, from one grouped query.

    The choices come from the ride model's field (this app does not import rides).
    """
    counts = dict(rides.order_by().values_list("status").annotate(n=Count("pk")))
    choices = rides.model._meta.get_field("status").choices
    return [(label, counts[value]) for value, label in choices if counts.get(value)]


def organization_json_ld(request, company):
    """The schema.org Organization for the company page (escaped for a <script> element)."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": company.name,
        "url": request.build_absolute_uri(company.get_absolute_url()),
    }
    if company.description:
        data["description"] = company.description
    if company.website:
        data["sameAs"] = company.website
    if company.founded_year:
        data["foundingDate"] = str(company.founded_year)
    if company.headquarters_country:
        data["address"] = {
            "@type": "PostalAddress",
            "addressCountry": company.headquarters_country.code,
        }
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
