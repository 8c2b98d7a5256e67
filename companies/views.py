"""Public pages for companies and ride models, linked from park and ride pages.

A company or ride model is public only once a live page uses it: editors may add reference
data, and it reaches readers through a page a moderator has approved (see moderation.roles).
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from companies.models import Company
from parks.models import ParkPage
from rides.models import RideModel, RidePage


def _live(pages):
    return pages.live().public().defer_streamfields()


def company_detail(request, slug):
    company = get_object_or_404(Company, slug=slug)
    rides = _live(
        RidePage.objects.filter(manufacturer=company) | RidePage.objects.filter(designer=company)
    )
    parks = _live(
        ParkPage.objects.filter(operator=company) | ParkPage.objects.filter(property_owner=company)
    )
    ride_models = company.ride_models.filter(
        pk__in=_live(RidePage.objects.all()).order_by().values("ride_model_id")
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


def ride_model_detail(request, slug):
    ride_model = get_object_or_404(RideModel.objects.select_related("manufacturer"), slug=slug)
    rides = _live(RidePage.objects.filter(ride_model=ride_model)).order_by("opening_date", "title")
    if not rides.exists():
        raise Http404("No published ride uses this ride model yet.")
    return render(
        request, "companies/ride_model_detail.html", {"ride_model": ride_model, "rides": rides}
    )
