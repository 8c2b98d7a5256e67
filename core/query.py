"""Page view restrictions, read once per request instead of once per `.public()` and per page.

Wagtail reads every PageViewRestriction each time a queryset calls `.public()`, and checks the
page being served with two more queries (its ancestors, then their restrictions). A listing
page called `.public()` four or five times, so a request paid five or six queries for a table
that is almost always empty. Here the restrictions are read once per request (at the first
need) and shared by every `.public()` and by the serve-time check.

Within one request: a restriction added by another request is seen by the next request, and
one added or removed during this request forgets the memo at once (signals in core.apps).
Requests that write nothing read them from a cache kept per content version instead
(operations.middleware.KeptRestrictionsMiddleware). Outside a request (commands, tasks,
shells) nothing is memoised.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

from core.memo import request_memo

# The memo key of a request's loader of kept restrictions (operations.middleware sets it on
# requests that write nothing), used instead of reading the table.
KEPT_RESTRICTIONS = "load_kept_restrictions"


def read_view_restrictions():
    """Every view restriction of the site, with its page: one query."""
    return list(PageViewRestriction.objects.select_related("page"))


def view_restrictions():
    """Every view restriction of the site, with its page (one query per request at most, or
    none where the request's memo holds a loader of kept ones)."""
    memo = request_memo()
    if memo is None:
        return read_view_restrictions()
    if "restrictions" not in memo:
        load = memo.get(KEPT_RESTRICTIONS, read_view_restrictions)
        memo["restrictions"] = load()
    return memo["restrictions"]


def forget_view_restrictions(**kwargs):
    """A restriction changed during this request: read them again at the next need."""
    memo = request_memo()
    if memo is not None:
        memo.pop("restrictions", None)


class PublicPageQuerySet(PageQuerySet):
    """Wagtail's page queryset whose `.public()` reads the request's memoised restrictions."""

    def private_q(self):
        q = Q()
        for restriction in view_restrictions():
            q |= self.descendant_of_q(restriction.page, inclusive=True)
        # Match no page when the site has no private section (as Wagtail does).
        return q if q else Q(pk__in=[])


def site_has_view_restrictions():
    """Whether any page of the site is restricted (the memoised read, usually an empty list)."""
    return bool(view_restrictions())
