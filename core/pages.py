"""Small helpers for lists of pages that several apps share."""

from wagtail.models import Page


def attach_parent_pages(pages, name="park_page"):
    """Set `name` on each page to its parent page (plain Wagtail pages: title and URL), with
    one query for all of them; returns the list.

    Rides live under their park, so this gives each ride in a list its park without a query
    per row, in apps that sit below `parks` and do not import it (parks.models.attach_parks
    gives specific park pages to the apps above it).
    """
    pages = list(pages)
    if not pages:
        return pages
    steplen = pages[0].steplen
    parents = Page.objects.filter(path__in={page.path[:-steplen] for page in pages})
    by_path = {parent.path: parent for parent in parents}
    for page in pages:
        setattr(page, name, by_path.get(page.path[:-steplen]))
    return pages
