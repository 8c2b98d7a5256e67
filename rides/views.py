"""Public ride-model pages (/ride-models/<slug>/), linked from ride pages.

A ride model is public only once a live ride uses it: editors may add reference data, and it
reaches readers through a page a moderator has approved (see moderation.roles).
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from rides.models import RideModel, RidePage


def ride_model_detail(request, slug):
    ride_model = get_object_or_404(RideModel.objects.select_related("manufacturer"), slug=slug)
    rides = (
        RidePage.objects.filter(ride_model=ride_model)
        .live()
        .public()
        .defer_streamfields()
        .order_by("opening_date", "title")
    )
    if not rides.exists():
        raise Http404("No published ride uses this ride model yet.")
    return render(
        request, "rides/ride_model_detail.html", {"ride_model": ride_model, "rides": rides}
    )
