"""A ride's history across parks: where it was relocated from or to, what it replaced."""

from django.db.models import Q

LINK_LABELS = {
    "relocated_from": "Relocated from",
    "replaces": "Replaces",
    "relocated_to": "Moved to",
    "replaced_by": "Replaced by",
}


def history_links(ride):
    """[(label, ride)] for the live, public rides on either side of this one, oldest first,
    so both pages of a relocated ride point at each other.

    One query for a ride with no links (most rides); the view-restriction check that
    `.public()` costs is only made when there is something to check.
    """
    wanted = [pk for pk in (ride.relocated_from_id, ride.replaces_id) if pk]
    rides = type(ride).objects
    related = list(
        rides.live()
        .filter(Q(pk__in=wanted) | Q(relocated_from=ride) | Q(replaces=ride))
        .defer_streamfields()
        .order_by("opening_date", "pk")
    )
    if related:
        public = rides.filter(pk__in=[other.pk for other in related]).public()
        public_ids = set(public.values_list("pk", flat=True))
        related = [other for other in related if other.pk in public_ids]
    links = []
    for other in related:
        if other.pk == ride.relocated_from_id:
            links.append((LINK_LABELS["relocated_from"], other))
        if other.pk == ride.replaces_id:
            links.append((LINK_LABELS["replaces"], other))
        if other.relocated_from_id == ride.pk:
            links.append((LINK_LABELS["relocated_to"], other))
        if other.replaces_id == ride.pk:
            links.append((LINK_LABELS["replaced_by"], other))
    return links
