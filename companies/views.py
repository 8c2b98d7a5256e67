"""Public pages for companies and ride models, linked from park and ride pages."""

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
    context = {
        "company": company,
        "parks": _live(
            ParkPage.objects.filter(operator=company)
            | ParkPage.objects.filter(property_owner=company)
        ).order_by("title"),
        "rides": rides.select_related("ride_model").order_by("title"),
        "ride_models": company.ride_models.order_by("name"),
    }
    return render(request, "companies/company_detail.html", context)


def ride_model_detail(request, slug):
    ride_model = get_object_or_404(RideModel.objects.select_related("manufacturer"), slug=slug)
    rides = _live(RidePage.objects.filter(ride_model=ride_model)).order_by("opening_date", "title")
    return render(
        request, "companies/ride_model_detail.html", {"ride_model": ride_model, "rides": rides}
    )
