"""Stable cursor pagination: a page continues after the last row of the previous one.

A cursor is opaque to clients: URL-safe base64 of JSON holding the ordering it belongs to, the
direction (next or previous) and the sort key of the boundary row (its value and primary key).
Rows are ordered by the sort field (missing values last) and then by primary key, so the order
is total and a row never shows up twice or goes missing while pages are read, unlike offsets
that shift when a row is published in between.
"""

import base64
import binascii
import datetime
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db.models import F, Q


class CursorError(ValueError):
    """A cursor that this API did not make, or one made for another ordering."""


@dataclass(frozen=True)
class SortField:
    """One `ordering` choice: the model field it sorts on and how its values are typed."""

    field: str
    kind: type = str  # str, int, Decimal or datetime.date


@dataclass(frozen=True)
class Cursor:
    ordering: str
    backwards: bool
    value: object
    pk: int


def encode(cursor, sort):
    value = cursor.value
    if value is not None and sort.kind is not int:
        value = value.isoformat() if isinstance(value, datetime.date) else str(value)
    payload = {"o": cursor.ordering, "b": cursor.backwards, "v": value, "k": cursor.pk}
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _typed(value, kind):
    if value is None:
        return None
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise CursorError("bad value")
        return value
    if not isinstance(value, str):
        raise CursorError("bad value")
    if kind is Decimal:
        number = Decimal(value)
        if not number.is_finite():
            raise CursorError("bad value")
        return number
    if kind is datetime.date:
        return datetime.date.fromisoformat(value)
    return value


def decode(text, ordering, sort):
    """The Cursor in `text`; CursorError if it is malformed or belongs to another ordering."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        payload = json.loads(raw)
        if not isinstance(payload, dict) or payload.get("o") != ordering:
            raise CursorError("cursor belongs to another ordering")
        pk, backwards = payload["k"], payload["b"]
        if isinstance(pk, bool) or not isinstance(pk, int) or not isinstance(backwards, bool):
            raise CursorError("bad key")
        return Cursor(ordering, backwards, _typed(payload["v"], sort.kind), pk)
    except (binascii.Error, UnicodeDecodeError, ValueError, KeyError, InvalidOperation) as exc:
        raise CursorError(str(exc)) from exc


def order_by(sort, descending, backwards=False):
    """ORDER BY terms: the sort field with missing values last, then the primary key.

    Reading backwards reverses every term, so the rows just before a cursor come first.
    """
    down = descending != backwards
    nulls = {"nulls_first": True} if backwards else {"nulls_last": True}
    term = F(sort.field).desc(**nulls) if down else F(sort.field).asc(**nulls)
    return [term, "-pk" if backwards else "pk"]


def after(sort, descending, value, pk):
    """Rows strictly after (value, pk) in the forward order."""
    name = sort.field
    if value is None:
        return Q(**{f"{name}__isnull": True, "pk__gt": pk})
    beyond = f"{name}__lt" if descending else f"{name}__gt"
    return Q(**{beyond: value}) | Q(**{name: value, "pk__gt": pk}) | Q(**{f"{name}__isnull": True})


def before(sort, descending, value, pk):
    """Rows strictly before (value, pk) in the forward order."""
    name = sort.field
    if value is None:
        return Q(**{f"{name}__isnull": False}) | Q(**{f"{name}__isnull": True, "pk__lt": pk})
    ahead = f"{name}__gt" if descending else f"{name}__lt"
    return Q(**{ahead: value}) | Q(**{name: value, "pk__lt": pk})


def paginate(queryset, *, ordering, sort, cursor, size):
    """(rows, next cursor or None, previous cursor or None) for one page.

    One query: it reads a row more than the page holds to learn whether another page follows.
    """
    descending = ordering.startswith("-")
    backwards = cursor is not None and cursor.backwards
    if cursor is not None:
        bound = before if backwards else after
        queryset = queryset.filter(bound(sort, descending, cursor.value, cursor.pk))
    rows = list(queryset.order_by(*order_by(sort, descending, backwards))[: size + 1])
    more = len(rows) > size
    rows = rows[:size]
    if backwards:
        rows.reverse()

    def boundary(row, to_previous):
        return encode(Cursor(ordering, to_previous, getattr(row, sort.field), row.pk), sort)

    next_cursor = previous_cursor = None
    if rows and backwards:
        next_cursor = boundary(rows[-1], False)
        previous_cursor = boundary(rows[0], True) if more else None
    elif rows:
        next_cursor = boundary(rows[-1], False) if more else None
        previous_cursor = boundary(rows[0], True) if cursor is not None else None
    return rows, next_cursor, previous_cursor
