"""Fill-ins: the few values of a kept page that must be new for every reader.

The page cache keeps one copy of a page for every anonymous reader, so nothing that belongs
to one reader may be in it. A form page holds such values: Django's CSRF token, and on the
"Suggest a correction" form a signed stamp of when the form was shown (contributions). A
view whose GETs may be kept anyway asks for `placeholders` while the page cache renders the
copy it keeps; the copy holds a placeholder where each value goes, and every response built
from it (the first one too) gets that reader's values in their place (`fill`).

Each fill-in is a name and a function of the request that returns the value. The registry
lives here, beside the page cache that fills kept pages, so the page cache never imports the
app that owns a value: the CSRF token is Django's and registered below; an app registers its
own in its AppConfig.ready(), so a worker can fill a kept page before it has loaded any URL
or view. A kept copy names the fill-ins it needs; one that names a fill-in no one registered
is not served (the page is rendered instead).

Placeholders are random for each kept copy and kept with it: page content cannot hold one by
chance or by design (a title an editor wrote), so nothing but the placeholder is replaced. They
are letters, digits and dashes, which HTML escaping leaves as they are, so they survive an
attribute value or text alike.
"""

import secrets

from django.middleware.csrf import get_token

CSRF_FILL_IN = "csrf-token"

_fillers = {CSRF_FILL_IN: get_token}
# The request attribute the page cache sets while it renders a copy it may keep: a dict of
# {name: placeholder} that the view's `placeholders` calls fill in.
KEPT_COPY_ATTRIBUTE = "kept_copy_fill_ins"


def register(name, filler):
    """Register fill-in `name`: `filler(request)` returns its value (a str) for one response."""
    _fillers[name] = filler


def is_registered(name):
    return name in _fillers


def render_kept_copy(request):
    """Called by the page cache before it renders a page it may keep for every reader: a view
    that asks for `placeholders` now gets them. Returns the placeholders the view took."""
    taken = {}
    setattr(request, KEPT_COPY_ATTRIBUTE, taken)
    return taken


def placeholders(request, *names):
    """{name: placeholder} for each fill-in in `names` when this render is the copy the page
    cache keeps for every reader, else None (render the values themselves, as always).

    A view that calls this promises that the placeholders are the only part of its response
    that belongs to one reader; the page cache then keeps the response and fills it for each.
    """
    taken = getattr(request, KEPT_COPY_ATTRIBUTE, None)
    if taken is None:
        return None
    for name in names:
        if name not in _fillers:
            raise KeyError(f"fill-in {name!r} is not registered")
        if name not in taken:
            taken[name] = f"fill-in-{name}-{secrets.token_hex(12)}"
    return {name: taken[name] for name in names}


def fill(request, content, fill_ins):
    """`content` (bytes) with each placeholder of `fill_ins` ({name: placeholder}) replaced by
    that fill-in's value for this request. A value whose placeholder the content does not hold
    (a page that failed after asking) is not made: no CSRF cookie for a page without a form."""
    for name, placeholder in fill_ins.items():
        placeholder = placeholder.encode()
        if placeholder in content:
            content = content.replace(placeholder, str(_fillers[name](request)).encode())
    return content
