"""A ride's history across parks: where it was relocated from or to, what it replaced."""

from django.db.models import Q
from wagtail.models import Page

LINK_LABELS = {
    "relocated_from": "Relocated from",
    "replaces": "Replaces",
    "relocated_to": "Moved to",
    "replaced_by": "Replaced by",
}


def history_links(ride):
    """[(label, ride)] for the live, public rides on either side of this one, oldest first,
    so both pages of a relocated ride point at each other.

    One query of primary keys for a ride with no links (most rides): building a query that
    loads whole pages cost more than running it. The linked rides, and the view-restriction
    check that `.public()` costs, come in a second query only when there is something to show.
    """
    wanted = [pk for pk in (ride.relocated_from_id, ride.replaces_id) if pk]
    rides = type(ride).objects
    linked = rides.live().filter(Q(pk__in=wanted) | Q(relocated_from=ride) | Q(replaces=ride))
    linked_ids = list(linked.values_list("pk", flat=True))
    related = []
    if linked_ids:
        related = list(
            rides.filter(pk__in=linked_ids)
            .public()
            .defer_streamfields()
            .order_by("opening_date", "pk")
        )
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
    _attach_park_titles([other for _, other in links])
    return links


def _attach_park_titles(rides):
    """Set `park_page` on each linked ride with one query for all their parks.

    Only the park's title is shown beside the link, so plain Wagtail pages do (this app sits
    below `parks` and does not import it; see parks.models.attach_parks for listings).
    """
    if not rides:
        return
    steplen = rides[0].steplen
    parents = Page.objects.filter(path__in={ride.path[:-steplen] for ride in rides})
    by_path = {page.path: page for page in parents.only("title", "path")}
    for ride in rides:
        ride.park_page = by_path.get(ride.path[:-steplen])
