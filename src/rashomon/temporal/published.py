"""Infer a document's publication date from its text when no metadata gives it.

Evidence, strongest first:

1. a full date in the dateline or byline (the first lines): that day; a
   dateline without a year ("KELSGRAD, March 25") takes the closest year to
   the latest date the story gives with a year, else to a nearby date the
   caller knows (``near``, e.g. ``typical_date`` of the rest of its batch);
2. "last year's" / "this year's" / "last month's" thing, dated right after
   ("last year's war, which began in May 2020"): the year (or month) implied.

Without a dateline, the latest date a story mentions is no evidence: news
looks ahead ("the 2016 election") and back. Nothing is returned without the evidence above; a day is
never invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from spacy.tokens import Doc

from ..model import PartialDate, TimeExpression
from .dateline import is_dateline
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


def infer_published(text: str, doc: Doc | None = None, near: str | None = None,
                    expressions: list[TimeExpression] | None = None) -> PartialDate | None:
    """The publication date the text supports, with ``basis='inferred'``, else None.

    ``near`` (an ISO date known to be close, optional) only serves to give a
    year to a dateline that has none, when the story itself names no year.
    ``expressions``: ``tag(text, None, doc)`` if the caller has it already.
    """
    if expressions is None:
        expressions = tag(text, None, doc)
    dated = _absolute(expressions)
    for x, point in dated:
        if x.span[0] < DATELINE_CHARS and point.gran == "D" and is_dateline(text, x.span):
            return PartialDate(point.value(), basis="inferred", text=x.text)
    near_point = _latest(dated) or parse_point(near)
    if near_point is not None:
        for x in expressions:
            yearless = _YEARLESS.match(x.value)
            if yearless and x.span[0] < DATELINE_CHARS and is_dateline(text, x.span):
                month, day = int(yearless.group(1)), int(yearless.group(2))
                return PartialDate(_closest(near_point.start, month, day).isoformat(), basis="inferred", text=x.text)
    candidates = []
    for x in expressions:
        relation = _SELF_DATING.match(text, x.span[0])
        if relation is None or x.reference is not None:
            continue
        unit = "Y" if relation.group(2).lower() == "year" else "M"
        step = {"last": 1, "this": 0, "next": -1}[relation.group(1).lower()]
        _, right = sentence_bounds(text, *x.span)
        # The thing it names is dated right after it: "last year's war, which began in May 2020".
        following = [(y, p) for y, p in dated if x.span[1] <= y.span[0] < min(right, x.span[1] + SELF_DATING_REACH)]
        if following and following[0][1].finer_or_equal(unit) and not following[0][1].finer_or_equal("D"):
            candidates.append((shift(following[0][1].at(unit), unit, step), x.text))
    if not candidates:
        return None
    best, evidence = max(candidates, key=lambda c: c[0].start)
    return PartialDate(best.value(), basis="inferred", text=evidence)


_SELF_DATING = re.compile(r"(last|this|next)\s+(year|month)'s\b", re.IGNORECASE)
SELF_DATING_REACH = 80
_YEARLESS = re.compile(r"^XXXX-(\d\d)-(\d\d)$")


def _latest(dated: list[tuple[TimeExpression, Point]]) -> Point | None:
    """The latest period the story names with its year ("on March 20, 2026", "in 2025")."""
    return max((point for _, point in dated), key=lambda p: p.start, default=None)


def typical_date(values: Iterable[str | None]) -> str | None:
    """The median of known publication dates (e.g. of one ingest batch), as a ``near`` hint."""
    known = sorted(v[:10] for v in values if v and parse_point(v) is not None)
    return known[len(known) // 2] if known else None


def _closest(near: date, month: int, day: int) -> date:
    """The date with this month and day closest to ``near``."""
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - near).days))
