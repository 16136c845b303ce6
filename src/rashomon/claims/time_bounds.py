"""Propositions bounded in time: "Oltmark knew of the breach before March".

A statement that affirms what the proposition says but dates it on the
wrong side of the bound ("we learned of it on March 2") denies the
proposition; one that dates it on the right side ("it was warned on
February 19"), or does not date it, keeps its stance. Dates are read with
the temporal stage's tagger, against the date the statement was made, so
"March" in the proposition is the March the statement's year puts it in.

Only whole days and longer periods are compared: "before 9 pm" needs the
clock times of both, and a time bound with no date in the statement says
nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..model import PartialDate
from ..temporal import tag
from ..temporal.dates import parse_point, shift

# "by" a date includes it; "before" and "prior to" do not.
BOUND = re.compile(r"\b(before|by|prior\s+to|after)\s+", re.I)


@dataclass(frozen=True)
class TimeBound:
    relation: str  # "before", "by" or "after"
    start: int  # where the bounding expression starts in the proposition's text


def time_bound(text: str) -> TimeBound | None:
    """The proposition's bound, if a date follows "before", "by", "prior to" or "after"."""
    starts = {e.span[0] for e in tag(text, None)}
    for found in BOUND.finditer(text):
        if found.end() in starts:
            relation = found.group(1).lower()
            return TimeBound("before" if relation.startswith("prior") else relation, found.end())
    return None


def _period(value: str | None) -> tuple[date, date] | None:
    """A date value as [first day, day after its last): days, weeks, months, years."""
    point = parse_point((value or "")[:10])
    if point is None or point.gran not in ("D", "W", "M", "Y"):
        return None
    return point.start, shift(point, point.gran, 1).start


@lru_cache(maxsize=4096)
def _tagged(text: str, reference: str | None) -> tuple[tuple[int, str | None, str], ...]:
    return tuple((e.span[0], e.value, e.type) for e in tag(text, reference))


def off_bound(proposition: str, bound: TimeBound, clause: str, said_on: PartialDate | None) -> bool:
    """Whether the clause dates what it says on the wrong side of the bound."""
    reference = said_on.value if said_on is not None and len(said_on.value) == 10 else None
    if reference is None:
        return False
    limit = next((_period(value) for start, value, _ in _tagged(proposition, reference) if start == bound.start), None)
    dated = next((_period(value) for _, value, kind in _tagged(clause, reference) if kind == "date"), None)
    if limit is None or dated is None:
        return False
    if bound.relation == "before":
        return dated[0] >= limit[0]
    if bound.relation == "by":
        return dated[0] >= limit[1]
    return dated[1] <= limit[1]  # after: wholly on or before the bounding period
