"""Content checks for the editor: flag a park or ride page with no intro, meta description or
listing summary in Wagtail's checker (the userbar's and the editor's "Checks" panel).

Wagtail's checker runs axe-core in the browser on the rendered page, but these fields are not
all visible there (the listing summary only shows on cards elsewhere, and the page leaves out
the `<meta name="description">` tag when it has none, which Wagtail's own
`empty-meta-description` rule counts as a pass). The server knows the page, so the
`construct_wagtail_userbar` hook adds one axe rule per missing field, on the page's `<h1>` as
Wagtail's meta-description rule does. Each rule's check is axe's built-in
`has-descendant-evaluate` asked for an element that never exists, so it always fails: the rule
is only there when the field is empty, and its message names the field to fill in.
"""

from copy import copy

from wagtail.admin.userbar import ContentCheckerItem

# Never in a page: the check that looks for it fails, so a rule that uses it always reports.
_NEVER_PRESENT = "[data-thrillwiki-missing-field]"
_CHECK_ID = "thrillwiki-field-filled-in"

# (rule id, whether the page lacks it, error name, help text)
FIELD_CHECKS = (
    (
        "thrillwiki-empty-intro",
        lambda page: hasattr(page, "intro") and not (page.intro or "").strip(),
        "Intro is empty",
        "Fill in Intro on the Content tab: it opens the page and is its meta description "
        "unless the SEO tab has one.",
    ),
    (
        "thrillwiki-empty-meta-description",
        lambda page: not (page.meta_description or "").strip(),
        "Meta description is empty",
        "Fill in Search description on the SEO tab (or Intro or Listing summary): search "
        "engines and link previews show it.",
    ),
    (
        "thrillwiki-empty-listing-summary",
        lambda page: not (page.listing_summary or "").strip(),
        "Listing summary is empty",
        "Fill in Listing summary on the SEO tab: cards and search results show it.",
    ),
)


def missing_fields(page):
    """The FIELD_CHECKS that `page` fails; none for pages without these fields."""
    if page is None or not hasattr(page, "listing_summary"):
        return []
    return [check for check in FIELD_CHECKS if check[1](page)]


def add_field_checks(request, items, page):
    """construct_wagtail_userbar: give the checker one failing rule per missing field.

    The items are Wagtail's (shared class attributes), so each checker gets its own copies of
    the rule, check and message lists before ours are added.
    """
    if page is not None and not hasattr(page, "listing_summary"):
        page = getattr(page, "specific", page)  # a plain Page from the userbar
    failing = missing_fields(page)
    if not failing:
        return
    for item in items:
        if not isinstance(item, ContentCheckerItem):
            continue
        item.axe_custom_rules = [*item.axe_custom_rules, *(_rule(check) for check in failing)]
        item.axe_custom_checks = [
            *item.axe_custom_checks,
            {"id": _CHECK_ID, "evaluate": "has-descendant-evaluate", "options": _OPTIONS},
        ]
        item.axe_messages = copy(item.axe_messages)
        for rule_id, _, error_name, help_text in failing:
            item.axe_messages[rule_id] = {"error_name": error_name, "help_text": help_text}
        if item.axe_run_only:  # a list of rule ids: ours must be among them to run
            item.axe_run_only = [*item.axe_run_only, *(check[0] for check in failing)]


_OPTIONS = {"selector": _NEVER_PRESENT}


def _rule(check):
    return {
        "id": check[0],
        "impact": "moderate",
        "selector": "h1",
        "tags": ["seo"],
        "any": [_CHECK_ID],
        "enabled": True,
    }
