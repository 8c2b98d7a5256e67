"""Pure functions behind /records/: ranks with ties, and record holders through time.

Nothing here touches the database, so each rule is tested on hand-computed answers.
"""

import datetime
import heapq
from dataclasses import dataclass


def competition_ranks(values):
    """Standard competition ranks ("1224") for values already sorted best first.

    Equal values share a rank and the next distinct value skips the shared places, as in
    sport: two rides tied for the tallest are both 1st and the next is 3rd.
    """
    ranks = []
    for position, value in enumerate(values, start=1):
        tied = ranks and value == values[position - 2]
        ranks.append(ranks[-1] if tied else position)
    return ranks


@dataclass(frozen=True)
class Span:
    """One stretch of a ride operating with a statistic's value.

    `key` names the ride across parks: both pages of a relocated ride share it, so the ride
    is counted once. `end` is the closing date, or None while it still operates.
    """

    key: object
    ride: object
    value: object
    start: datetime.date
    end: datetime.date | None = None


@dataclass(frozen=True)
class Reign:
    """A ride holding the record from `start` until `end` (None: it still holds it)."""

    key: object
    ride: object
    value: object
    start: datetime.date
    end: datetime.date | None

    @property
    def years(self):
        return f"{self.start.year}–{self.end.year if self.end else ''}"


def record_reigns(spans):
    """The line of record holders, oldest first, from rides' opening and closing dates.

    A ride holds the record while it operates and no operating ride beats it. A tie does not
    take the record from the holder; a ride that closes gives it back to the best of those
    still operating. Between rides (nothing operating) there is no holder.
    """
    spans = [s for s in spans if s.end is None or s.end > s.start]
    spans.sort(key=lambda s: (s.start, str(s.key)))
    opening, closing = {}, {}
    for index, span in enumerate(spans):
        opening.setdefault(span.start, []).append(index)
        if span.end is not None:
            closing.setdefault(span.end, []).append(index)
    heap, active, reigns, current = [], set(), [], None
    # One pass over the dates on which anything opens or closes: O(n log n), not O(n²).
    for date in sorted(opening.keys() | closing.keys()):
        active.difference_update(closing.get(date, ()))
        for index in opening.get(date, ()):
            active.add(index)
            heapq.heappush(heap, (-spans[index].value, spans[index].start, index))
        while heap and heap[0][2] not in active:
            heapq.heappop(heap)
        leader = spans[heap[0][2]] if heap else None
        current = _hand_over(reigns, current, leader, date)
    if current is not None:
        reigns.append(current)
    return reigns


def _hand_over(reigns, current, leader, date):
    """Close the current reign and start the leader's if the record changed hands."""
    if current is not None and leader is not None and leader.key == current.key:
        return current
    if current is not None:
        reigns.append(Reign(current.key, current.ride, current.value, current.start, date))
    if leader is None:
        return None
    return Reign(leader.key, leader.ride, leader.value, date, None)


def holder_on(reigns, date):
    """The reign in force on a date, or None."""
    for reign in reigns:
        if reign.start <= date and (reign.end is None or date < reign.end):
            return reign
    return None
