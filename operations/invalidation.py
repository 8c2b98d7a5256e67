"""Caches forget what must no longer be public.

A page that stops being public (a view restriction added or changed on it or an ancestor, an
unpublish, a move, a delete) must disappear at once from every cache that could still serve
it: the anonymous page cache and the fragment caches (both keyed on the content version, so
one bump empties them) and the frontend cache (CDN), which is purged for the page, its
descendants (a restriction covers the subtree) and the live pages that list it.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move, pre_page_move

from operations.cache import bump_content_version


def affected_pages(page):
    """The page, its descendants and the live pages above it that list it (home, /parks/, a
    ride's park): everything whose cached copy may show or link `page`."""
    subtree = Page.objects.descendant_of(page, inclusive=True).specific()
    listing = page.get_ancestors().filter(depth__gte=2).live().specific()
    return [*subtree, *listing]


def purge_after_commit(pages=()):
    """Purge `pages` from every configured frontend cache (none: a no-op) once the change is
    committed: a purge before the commit could let the CDN refetch the still-public page.
    URLs are worked out now, while a page that is moving or being deleted still has its old one.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    batch.add_pages(pages)
    transaction.on_commit(batch.purge)


def forget_page(page):
    """Empty the page and fragment caches (content version) and purge the page, its subtree
    and its listings from the frontend cache."""
    bump_content_version()
    purge_after_commit(affected_pages(page))


def restriction_changed(sender, instance, **kwargs):
    """A view restriction was added, changed or removed on a page (and so on its subtree)."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # the page itself is being deleted; page_deleting purges it
        bump_content_version()
        return
    forget_page(page)


def restriction_groups_changed(sender, instance, action, **kwargs):
    """The groups of a group restriction changed: who may see the page changed."""
    if action.startswith("post_") and isinstance(instance, PageViewRestriction):
        restriction_changed(sender, instance)


def page_moving(sender, instance, url_path_before, url_path_after, **kwargs):
    """Before a move: purge the old URLs and the old parent's listings."""
    if url_path_before != url_path_after:
        purge_after_commit(affected_pages(instance))


def page_moved(sender, instance, **kwargs):
    """After a move: the new position's listings may show the page now; forget it there."""
    forget_page(instance)


def page_deleting(sender, instance, **kwargs):
    """Before a page row is deleted, while its URL can still be worked out: purge it."""
    if isinstance(instance, Page) and instance.depth >= 2:
        bump_content_version()
        purge_after_commit([instance])


def connect():
    """Wire the handlers; called from operations.signals.connect()."""
    restriction_changed_uid = "thrillwiki-restriction-"
    post_save.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid=restriction_changed_uid + "s"
    )
    post_delete.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid=restriction_changed_uid + "d"
    )
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid=restriction_changed_uid + "g",
    )
    pre_page_move.connect(page_moving, dispatch_uid="thrillwiki-page-moving")
    post_page_move.connect(page_moved, dispatch_uid="thrillwiki-page-moved")
    pre_delete.connect(page_deleting, dispatch_uid="thrillwiki-page-deleting")
