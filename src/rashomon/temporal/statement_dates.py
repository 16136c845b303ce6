"""When each statement was made (contract rule 3), from the dates around it.

In order: a date attached to the statement's own clause or sentence ("On
February 26, X said"; "X said in an interview on the 23rd"); else the date the
paragraph's narrative last set before it; else the publication date. Dates
inside the statement's content are what it talks about, never when it was
said, and neither is a date after publication.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span as SpacySpan

from ..model import Attribution, PartialDate, Span, TimeExpression
from .dates import Point, parse_point, shift
from .lexicon import alternation, load_lexicon
from .tagger import sentence_bounds

_RELATIVE_WORDS = re.compile(r"\b(last|next|this|that|past|coming|previous|following|ago|later|earlier|before|after)\b")
_MONTH_WORDS = re.compile(rf"\b{alternation(load_lexicon().months, abbreviations=True)}(?!\w)")


def _calendar_point(x: TimeExpression) -> Point | None:
    """The day, month or year an expression names, if it names one."""
    if x.type not in ("date", "time"):
        return None
    point = parse_point(x.value)
    if point is None or point.gran not in ("D", "M", "Y"):
        return None
    return point


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _paragraph(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _sentence(text: str, position: int, doc: Doc | None) -> tuple[int, int]:
    if doc is not None and doc.has_annotation("SENT_START"):
        span = doc.char_span(position, position + 1, alignment_mode="expand")
        if span is not None and len(span):
            sent = span[0].sent
            return sent.start_char, sent.end_char
    return sentence_bounds(text, position, position + 1)


def _attached_by_parse(doc: Doc, x: TimeExpression, cue: Span | None) -> bool:
    """The date hangs off the cue verb in the parse ("said on Friday", "On Friday, X said")."""
    if cue is None:
        return False
    date_span: SpacySpan | None = doc.char_span(*x.span, alignment_mode="expand")
    cue_span: SpacySpan | None = doc.char_span(*cue, alignment_mode="expand")
    if date_span is None or cue_span is None or not len(date_span) or not len(cue_span):
        return False
    cue_tokens = {t.i for t in cue_span}
    head = date_span.root
    for _ in range(4):  # "on Friday" -> on -> said; "in an interview on the 23rd" -> ... -> said
        if head.i in cue_tokens:
            return True
        if head.head.i == head.i or head.dep_ in ("ccomp", "xcomp", "relcl", "advcl"):
            return False
        head = head.head
    return False


def date_statements(text: str, attributions: list[Attribution], expressions: list[TimeExpression],
                    published: PartialDate | None, doc: Doc | None = None) -> list[PartialDate | None]:
    """One ``said_on`` per attribution, with basis explicit | relative | publication."""
    limit = parse_point(published.value) if published else None
    contents = [a.content_span for a in attributions]
    dated = []
    for x in expressions:
        point = _calendar_point(x)
        if point is None or any(_inside(x.span, c) for c in contents):
            continue
        if limit is not None and point.start > _period_end(limit):
            continue
        dated.append((x, point))
    return [_said_on(text, a, dated, published, doc) for a in attributions]


def _period_end(point: Point) -> date:
    """Last day of a period, for 'not after publication' checks."""
    return shift(point, point.gran, 1).start - timedelta(days=1)


def _said_on(text: str, a: Attribution, dated: list[tuple[TimeExpression, Point]],
             published: PartialDate | None, doc: Doc | None) -> PartialDate | None:
    anchor = a.cue_span or a.speaker_span or a.content_span
    position = anchor[0]
    left, right = _sentence(text, position, doc)
    in_sentence = [(x, p) for x, p in dated if left <= x.span[0] < right]
    if in_sentence:
        def rank(item: tuple[TimeExpression, Point]) -> tuple[int, int, int]:
            x, p = item
            attached = doc is not None and _attached_by_parse(doc, x, a.cue_span)
            distance = min(abs(x.span[0] - anchor[1]), abs(anchor[0] - x.span[1]))
            return (0 if attached else 1, 0 if p.gran == "D" else 1, distance)

        x, point = min(in_sentence, key=rank)
        return _dated(x, point)
    p_left, _ = _paragraph(text, position)
    before = [(x, p) for x, p in dated if p_left <= x.span[0] < left]
    if before:
        x, point = before[-1]
        return _dated(x, point)
    if published is not None:
        return PartialDate(published.value, basis="publication", text=None)
    return None


def _dated(x: TimeExpression, point: Point) -> PartialDate:
    return PartialDate(point.value(), basis="explicit" if names_calendar(x) else "relative", text=x.text)


def names_calendar(x: TimeExpression) -> bool:
    """'February 26', 'the 23rd', '2019' name their date; 'Wednesday', 'two days later' compute it."""
    if x.reference is None:
        return True
    lowered = x.text.lower()
    if _RELATIVE_WORDS.search(lowered):
        return False
    return bool(_MONTH_WORDS.search(lowered) or re.search(r"\d", lowered))
