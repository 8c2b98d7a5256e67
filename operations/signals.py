"""Keep caches honest when content changes.

- Any publish, unpublish, move or delete of a page, and any change to a company or ride model
  (shown on park and ride pages), changes the content version, which every cached page and
  fragment includes in its key.
- View restrictions, moves and deletes are handled in operations/invalidation.py, which also
  purges the frontend cache for them.
- Publishing or unpublishing a page also purges the pages that list it from the frontend
  cache (CDN): a ride's park, /parks/ and the home page. Wagtail itself purges the page.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from operations import invalidation
from operations.cache import bump_content_version

# ... and the Sites (operations.sites keeps each worker's Site per content version), and the
# editors' promoted search results, which the search page shows.
REFERENCE_MODELS = (
    "companies.Company",
    "rides.RideModel",
    "wagtailcore.Site",
    "wagtailsearchpromotions.SearchPromotion",
)


def content_changed(**kwargs):
    bump_content_version()


def listing_pages(page):
    """The live pages that list `page`: its ancestors below the tree root (home, /parks/, the
    park of a ride)."""
    return page.get_ancestors().filter(depth__gte=2).live().specific()


def purge_listing_pages(instance, **kwargs):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return  # no CDN configured: nothing to purge
    batch = PurgeBatch()
    batch.add_pages(listing_pages(instance))
    batch.purge()


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_content_version()


def connect():
    invalidation.connect()
    page_published.connect(content_changed, dispatch_uid="thrillwiki-content-published")
    page_unpublished.connect(content_changed, dispatch_uid="thrillwiki-content-unpublished")
    post_page_move.connect(content_changed, dispatch_uid="thrillwiki-content-moved")
    post_delete.connect(page_deleted, dispatch_uid="thrillwiki-content-page-deleted")
    # Reference data shown on public pages, named lazily so operations imports no domain app.
    for model in REFERENCE_MODELS:
        post_save.connect(content_changed, sender=model, dispatch_uid=f"saved-{model}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"gone-{model}")
    page_published.connect(purge_listing_pages, dispatch_uid="thrillwiki-purge-published")
    page_unpublished.connect(purge_listing_pages, dispatch_uid="thrillwiki-purge-unpublished")
