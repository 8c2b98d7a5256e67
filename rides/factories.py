import datetime

import factory
import wagtail_factories

from companies.factories import ManufacturerFactory
from core.builders import split_facts
from rides.builders import RIDE_FACTS, ride_fields
from rides.models import RideCategory, RideModel, RidePage, RideStatus, TrackMaterial


class RideModelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RideModel

    manufacturer = factory.SubFactory(ManufacturerFactory)
    name = factory.Sequence(lambda n: f"Model {n}")
    slug = factory.Sequence(lambda n: f"model-{n}")
    category = RideCategory.ROLLER_COASTER


class RidePageFactory(wagtail_factories.PageFactory):
    """A published ride. Pass parent=<ParkPage>."""

    class Meta:
        model = RidePage

    title = factory.Sequence(lambda n: f"Test Ride {n}")
    slug = factory.Sequence(lambda n: f"test-ride-{n}")
    category = RideCategory.FLAT_RIDE
    status = RideStatus.OPERATING
    opening_date = datetime.date(2000, 5, 13)
    live = True

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        """The declarations are facts: the shared builder (rides.builders) turns them into
        fields, as it does for the demo loader and the benchmark generator."""
        facts, rest = split_facts(kwargs, RIDE_FACTS)
        return {**rest, **ride_fields(facts)}


class CoasterPageFactory(RidePageFactory):
    category = RideCategory.ROLLER_COASTER
    manufacturer = factory.SubFactory(ManufacturerFactory)
    track_material = TrackMaterial.STEEL
    height_m = "94.5"
    drop_m = "91.4"
    length_m = "2010.0"
    speed_kmh = "150.0"
    inversions = 0
