"""Infer a document's publication date from its text when no metadata gives it.

Evidence, strongest first:

1. a full date in the dateline or byline (the first lines): that day; a
   dateline without a year ("KELSGRAD, March 25") only when the caller
   knows a nearby date (``near``, e.g. the dates of the rest of its batch),
   which places it in the closest year;
2. "last year" / "last month" in a sentence that also names a dated event
   ("last year's war, which began in May 2020"): the unit after that event;
3. the latest dated event in the text: the article is at least that late, so
   its year (the only precision such evidence supports).

Nothing is returned when none of these exists: a day is never invented.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from ..model import PartialDate, TimeExpression
from .dates import Point, parse_point, shift
from .tagger import sentence_bounds, tag

DATELINE_CHARS = 300


def _absolute(expressions: list[TimeExpression]) -> list[tuple[TimeExpression, Point]]:
    """Expressions that name a calendar date on their own (no reference needed)."""
    found = []
    for x in expressions:
        if x.reference is None and x.type in ("date", "time"):
            point = parse_point(x.value)
            if point is not None and point.gran in ("D", "M", "Y"):
                found.append((x, point))
    return found


def infer_published(text: str, doc: Doc | None = None, near: str | None = None) -> PartialDate | None:
    """The publication date the text supports, with ``basis='inferred'``, else None.

    ``near`` (an ISO date known to be close, optional) only serves to give a
    year to a dateline that has none.
    """
    expressions = tag(text, None, doc)
    dated = _absolute(expressions)
    for x, point in dated:
        if x.span[0] < DATELINE_CHARS and point.gran == "D" and _is_dateline(text, x):
            return PartialDate(point.value(), basis="inferred", text=x.text)
    near_point = parse_point(near)
    if near_point is not None:
        for x in expressions:
            yearless = _YEARLESS.match(x.value)
            if yearless and x.span[0] < DATELINE_CHARS and _is_dateline(text, x):
                month, day = int(yearless.group(1)), int(yearless.group(2))
                return PartialDate(_closest(near_point.start, month, day).isoformat(), basis="inferred", text=x.text)
    if not dated:
        return None
    candidates = [(point.at("Y"), x.text) for x, point in dated]
    for x in expressions:
        if x.value == "XXXX" and x.text.lower().startswith("last year"):
            unit = "Y"
        elif x.value == "XXXX-XX" and x.text.lower().startswith("last month"):
            unit = "M"
        else:
            continue
        left, right = sentence_bounds(text, *x.span)
        in_sentence = [p for y, p in dated if left <= y.span[0] < right and p.finer_or_equal(unit)]
        for point in in_sentence:
            candidates.append((shift(point.at(unit), unit, 1), x.text))
    best, evidence = max(candidates, key=lambda c: (c[0].start, c[0].gran == "M"))
    return PartialDate(best.value(), basis="inferred", text=evidence)


_YEARLESS = re.compile(r"^XXXX-(\d\d)-(\d\d)$")


def _closest(near: date, month: int, day: int) -> date:
    """The date with this month and day closest to ``near``."""
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - near).days))


def _is_dateline(text: str, x: TimeExpression) -> bool:
    """A date standing in the first lines, not inside a sentence about something else."""
    line_start = text.rfind("\n", 0, x.span[0]) + 1
    before = text[line_start:x.span[0]]
    return len(before) < 80 and not any(w in before.lower() for w in (" on ", " since ", " until ", " in "))
