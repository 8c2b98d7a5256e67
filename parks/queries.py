"""Park querysets: the shapes park lists read (cards with their ride counts)."""

from django.db.models import Count, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Concat

from core.query import PublicPageQuerySet
from images.renditions import card_image_prefetches
from rides.choices import RideCategory
from rides.models import RidePage


class ParkPageQuerySet(PublicPageQuerySet):
    def for_cards(self):
        return (
            self.with_ride_counts()
            .select_related("operator")
            .prefetch_related(*card_image_prefetches())
            .defer_streamfields()
        )

    def with_ride_counts(self):
        """Annotate ride_count and coaster_count from live rides below each park.

        Children are found by a path range (path + "0000" .. path + "ZZZZ", as treebeard's
        get_children() does), not `path LIKE park.path || '%'`, which cannot use an index.
        """
        steplen, alphabet = self.model.steplen, self.model.alphabet
        rides = (
            RidePage.objects.live()
            .public()
            .filter(
                path__range=(
                    Concat(OuterRef("path"), Value(alphabet[0] * steplen)),
                    Concat(OuterRef("path"), Value(alphabet[-1] * steplen)),
                ),
                depth=OuterRef("depth") + 1,
            )
            .order_by()
            .values("depth")
        )
        total = rides.annotate(n=Count("pk")).values("n")
        coasters = (
            rides.filter(category=RideCategory.ROLLER_COASTER).annotate(n=Count("pk")).values("n")
        )
        return self.annotate(
            ride_count=Coalesce(Subquery(total), 0),
            coaster_count=Coalesce(Subquery(coasters), 0),
        )
