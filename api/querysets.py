"""What the open-data API and the downloads may show: live, public pages only, and the
companies and ride models such pages use (the same rule as the public company pages)."""

from django.db.models import Q

from companies.models import Company
from parks.models import ParkPage
from rides.models import RideModel, RidePage


def public_parks():
    """Live parks outside any privacy restriction, with their ride counts and operator."""
    return (
        ParkPage.objects.live()
        .public()
        .with_ride_counts()
        .select_related("operator", "property_owner")
        .defer_streamfields()
    )


def public_rides():
    """Live rides outside any privacy restriction, with the companies and model they name."""
    return (
        RidePage.objects.live()
        .public()
        .select_related("manufacturer", "designer", "ride_model", "park_area")
        .defer_streamfields()
    )


def _live_ids(pages, field):
    return pages.live().public().order_by().values(field)


def public_companies():
    """Companies that a live, public park or ride names (or whose ride model one uses)."""
    rides, parks = RidePage.objects.all(), ParkPage.objects.all()
    used_models = RideModel.objects.filter(pk__in=_live_ids(rides, "ride_model_id"))
    return Company.objects.filter(
        Q(pk__in=_live_ids(rides, "manufacturer_id"))
        | Q(pk__in=_live_ids(rides, "designer_id"))
        | Q(pk__in=_live_ids(parks, "operator_id"))
        | Q(pk__in=_live_ids(parks, "property_owner_id"))
        | Q(pk__in=used_models.values("manufacturer_id"))
    )


def public_ride_models():
    """Ride models that at least one live, public ride uses."""
    return RideModel.objects.filter(
        pk__in=_live_ids(RidePage.objects.all(), "ride_model_id")
    ).select_related("manufacturer")
