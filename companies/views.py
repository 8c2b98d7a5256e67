"""Public company pages (/companies/<slug>/), linked from park and ride pages.

A company is public only once a live page uses it: editors may add reference data, and it
reaches readers through a page a moderator has approved (see moderation.roles).

Parks and rides point at companies, not the other way round, so this view reaches them
through the reverse relations and imports neither app.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from companies.models import Company


def _live(pages):
    return pages.live().public().defer_streamfields()


def company_detail(request, slug):
    company = get_object_or_404(Company, slug=slug)
    rides = _live(company.manufactured_rides.all() | company.designed_rides.all())
    parks = _live(company.operated_parks.all() | company.owned_parks.all())
    # Every live ride of any manufacturer: a ride model is listed once some live ride uses it.
    all_rides = company.manufactured_rides.model.objects.all()
    ride_models = company.ride_models.filter(
        pk__in=_live(all_rides).order_by().values("ride_model_id")
    )
    if not (parks.exists() or rides.exists() or ride_models.exists()):
        raise Http404("No published page uses this company yet.")
    context = {
        "company": company,
        "parks": parks.order_by("title"),
        "rides": rides.select_related("ride_model").order_by("title"),
        "ride_models": ride_models.order_by("name"),
    }
    return render(request, "companies/company_detail.html", context)
