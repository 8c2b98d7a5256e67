import datetime

import factory
import wagtail_factories

from companies.factories import OperatorFactory
from core.builders import split_facts
from parks.builders import PARK_FACTS, park_fields
from parks.models import ParkArea, ParkPage, ParkStatus, ParkType


class ParkPageFactory(wagtail_factories.PageFactory):
    """A published park. Pass parent=<ParkIndexPage>."""

    class Meta:
        model = ParkPage

    title = factory.Sequence(lambda n: f"Test Park {n}")
    slug = factory.Sequence(lambda n: f"test-park-{n}")
    status = ParkStatus.OPERATING
    park_type = ParkType.THEME_PARK
    country = "US"
    city = "Sandusky"
    region = "Ohio"
    latitude = "41.482200"
    longitude = "-82.683500"
    opening_date = datetime.date(1870, 6, 1)
    operator = factory.SubFactory(OperatorFactory)
    intro = "A park on a peninsula."
    live = True

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        """The declarations are facts: the shared builder (parks.builders) turns them into
        fields, as it does for the demo loader and the benchmark generator."""
        facts, rest = split_facts(kwargs, PARK_FACTS)
        return {**rest, **park_fields(facts)}


class ParkAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParkArea

    park = factory.SubFactory(ParkPageFactory)
    name = factory.Sequence(lambda n: f"Area {n}")
