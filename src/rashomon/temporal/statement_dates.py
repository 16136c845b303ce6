"""When each statement was made (contract rule 3), from the dates around it.

In order: a date attached to the statement's own clause or sentence ("On
February 26, X said"; "X said in an interview on the 23rd"); else the date the
narrative last set before it in its paragraph; else the date of the same
speaker's last dated statement ('"...," Mavrik said.' after "Mavrik said on
Thursday"); else the publication date. Dates inside the statement's content
are what it talks about, never when it was said, and neither is a date after
publication, the article's date line, or a date that qualifies a noun ("his
remarks of March 9"), unless the statement is told as those words ("his
remarks of March 9, when he said ..."). "Until Monday, X had insisted" was
said before Monday: it gets the month of the day before (relative). A
perfect-tense cue ("has denied") gives no date (None: unknown); a
present-tense cue ("says") the publication date.

A statement in a clause counted from the main one ("X admitted on Thursday
..., four days after his ministry said ...") is that far from the main clause's
day; a transcript's answers ("Dorn: ...") were given on the day the
introduction says the interview took place. A week ("earlier this week") dates
a statement to its month. A day counted from a date inside what someone said
("Hours later") is counted again from the story's own last day.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..attribution.lexicon import load_cues
from ..model import Attribution, PartialDate, Span, TimeExpression
from .dateline import is_dateline
from .dates import Point, parse_point, shift
from .lexicon import alternation, load_lexicon
from .tagger import sentence_bounds

_RELATIVE_WORDS = re.compile(r"\b(last|next|this|that|past|coming|previous|following|ago|later|earlier|before|after)\b")
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d\d\b")
_MONTH_WORDS = re.compile(rf"\b{alternation(load_lexicon().months, abbreviations=True)}(?!\w)")


def _calendar_point(x: TimeExpression) -> Point | None:
    """The day, month or year an expression names, if it names one; a week ("earlier this week",
    "last weekend") as the month it lies in, since a said_on has no week precision."""
    if x.type not in ("date", "time"):
        return None
    point = parse_point(x.value)
    if point is not None and point.gran == "W":
        return _month_of_week(point, weekend=x.value.endswith("-WE"))
    if point is None or point.gran not in ("D", "M", "Y"):
        return None
    return point


def _names_week(x: TimeExpression) -> bool:
    point = parse_point(x.value)
    return point is not None and point.gran == "W"


def _month_of_week(week: Point, weekend: bool) -> Point | None:
    """The month (else the year) holding every day of a week or of its weekend."""
    first = week.start + timedelta(days=5 if weekend else 0)
    last = week.start + timedelta(days=6)
    if (first.year, first.month) == (last.year, last.month):
        return Point("M", first.replace(day=1))
    return Point("Y", first.replace(month=1, day=1)) if first.year == last.year else None


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
    """One ``said_on`` per attribution, with basis explicit | relative | publication (None: unknown)."""
    limit = parse_point(published.value) if published else None
    contents = _ContentIndex(attributions)
    dated = []
    earlier: list[tuple[Point, bool]] = []  # the dates before, and whether a statement's words hold each
    for x in sorted(expressions, key=lambda e: e.span):
        point = _calendar_point(x)
        if point is None or is_dateline(text, x.span):
            continue  # the date line is the publication's
        holders = contents.holders(x.span)
        if not holders:
            point = _counted_from_story(x, point, earlier, published)
        earlier.append((point, bool(holders)))
        if limit is not None and point.start > _period_end(limit):
            continue
        week = _names_week(x)
        dated.append(_Dated(x, point, holders, _noun_dated(text, x), _until(text, x), week))
    starts = [d.expression.span[0] for d in dated]
    offsets = _offsets(text, expressions)
    interview = _interview_day(text, attributions, dated, doc)
    nested = {j for j, b in enumerate(attributions) if set(contents.holders(b.cue_span or b.content_span)) - {j}}
    story = _Story(doc, contents, nested)
    results: list[PartialDate | None] = []
    for i, a in enumerate(attributions):
        def usable(lo: int, hi: int, i: int = i, a: Attribution = a) -> list[_Dated]:
            """Dates starting in [lo, hi) that do not belong to a statement's content, except
            the content this statement is nested in ("Two months ago I told you ...")."""
            window = dated[bisect_left(starts, lo):bisect_left(starts, hi)]
            return [d for d in window if not any(j == i or not _nested_in(a, attributions[j]) for j in d.holders)]

        answered = interview if _is_answer(text, a) else None
        said = _counted_from_main_clause(text, a, offsets, usable, doc) or answered or _said_on(
            text, a, usable, published, doc)
        if said is not None and said.basis == "publication":
            said = _carry_from_same_speaker(text, attributions, results, i, story) or said
        results.append(said)
    return results


def _counted_from_story(x: TimeExpression, point: Point, earlier: list[tuple[Point, bool]],
                        published: PartialDate | None) -> Point:
    """A day counted from the date a statement's words last gave ('Rell said he gave the order on
    Saturday. ... Hours later the ministry withdrew ...'), counted again from the story's own last day:
    what a statement tells is not where the narrative of who said what stands."""
    if point.gran != "D" or not earlier or x.reference in (None, published.value if published else None):
        return point
    last, quoted = earlier[-1]
    if not quoted or last.value() != x.reference:
        return point
    story = next((p for p, in_words in reversed(earlier) if not in_words and p.gran == "D"), None)
    return point if story is None else Point("D", story.start + (point.start - last.start))


# A transcript's answer is cued by its speaker's label at the start of a line ("A:", "Dorn:").
_LABEL = re.compile(r"[^\s:][^:\n]{0,40}:")
_INTERVIEW_WORDS = re.compile(r"\b(?:spoke|speaks|speaking|talked|talks|talking|interview|interviewed|conversation)\b",
                              re.IGNORECASE)


def _is_answer(text: str, a: Attribution) -> bool:
    if a.cue_span is None or not _LABEL.fullmatch(a.cue.strip()):
        return False
    line_start = text.rfind("\n", 0, a.cue_span[0]) + 1
    return not text[line_start:a.cue_span[0]].strip()


def _interview_day(text: str, attributions: list[Attribution], dated: list[_Dated],
                   doc: Doc | None) -> PartialDate | None:
    """When a transcript's answers were given: the day its introduction says the interview took place
    ("Dorn spoke to the Courier late on Monday"), in a sentence before the first answer."""
    answers = [a.cue_span[0] for a in attributions if a.cue_span is not None and _is_answer(text, a)]
    if not answers:
        return None
    for d in dated:
        if d.expression.span[0] >= min(answers):
            break
        left, right = _sentence(text, d.expression.span[0], doc)
        if not d.holders and d.point.gran == "D" and _INTERVIEW_WORDS.search(text, left, right):
            return _dated(d.expression, d.point)
    return None


_OFFSET_LENGTH = re.compile(r"P(\d+)([DWMY])")
_AFTER_OR_BEFORE = re.compile(r"\s+(after|before)\s+", re.IGNORECASE)


@dataclass
class _Offset:
    """'four days after' (a clause follows): how far the clause's time lies from the main clause's."""

    expression: TimeExpression
    unit: str
    amount: int  # negative: the clause was that long before ("four days after his ministry said")
    end: int  # where the clause starts


def _offsets(text: str, expressions: list[TimeExpression]) -> list[_Offset]:
    found = []
    for x in expressions:
        length = _OFFSET_LENGTH.fullmatch(x.value) if x.type == "duration" else None
        link = _AFTER_OR_BEFORE.match(text, x.span[1])
        if length and link:
            sign = -1 if link.group(1).lower() == "after" else 1
            found.append(_Offset(x, length.group(2), sign * int(length.group(1)), link.end()))
    return found


def _counted_from_main_clause(text: str, a: Attribution, offsets: list[_Offset],
                              usable: Callable[[int, int], list[_Dated]], doc: Doc | None) -> PartialDate | None:
    """'X admitted on Thursday ..., four days after his ministry said ...': the statement of the
    "after" clause was made four days before the main clause's day."""
    clause = min(span[0] for span in (a.speaker_span, a.cue_span, a.content_span) if span)
    offset = next((o for o in offsets if o.end == clause), None)
    if offset is None:
        return None
    left, _ = _sentence(text, offset.expression.span[0], doc)
    main = [d for d in usable(left, offset.expression.span[0]) if d.point.gran == "D" and not d.of_noun]
    if not main:
        return None
    day = shift(main[-1].point, offset.unit, offset.amount)
    words = text[offset.expression.span[0]:offset.end].strip()
    return PartialDate(day.value(), basis="relative", text=words)


@dataclass
class _Dated:
    expression: TimeExpression
    point: Point
    holders: list[int]  # attributions whose content contains it
    noun: str | None  # "remarks" in "his remarks of March 9"
    until: int | None  # where "until" starts in "until Monday"
    # A week read as its month: too loose to carry past its own sentence ("arrived last week.
    # They are expected to report in May, according to an official").
    week: bool = False

    @property
    def of_noun(self) -> bool:
        return self.noun is not None


class _ContentIndex:
    """Which statements' contents contain a span, without testing every statement."""

    def __init__(self, attributions: list[Attribution]) -> None:
        pieces = sorted((start, end, j) for j, a in enumerate(attributions)
                        for start, end in (a.content_parts or [a.content_span]))
        self._pieces = pieces
        self._starts = [p[0] for p in pieces]
        self._longest = max((end - start for start, end, _ in pieces), default=0)

    def holders(self, span: Span) -> list[int]:
        lo = bisect_left(self._starts, span[0] - self._longest)
        hi = bisect_right(self._starts, span[0])
        return sorted({j for start, end, j in self._pieces[lo:hi] if start <= span[0] and span[1] <= end})


def _in_content(span: Span, a: Attribution) -> bool:
    """Inside the statement's words (for a split quote, its pieces, not the cue between them)."""
    return any(_inside(span, part) for part in (a.content_parts or [a.content_span]))


def _nested_in(inner: Attribution, outer: Attribution) -> bool:
    return _in_content(inner.cue_span or inner.content_span, outer)


_OF_NOUN = re.compile(r"\b(\w+)\s+of\s+$")
_TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "end", "beginning", "middle", "start", "dawn"}
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|not\s+|never\s+|also\s+|already\s+)?$", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r"\b(?:which|who|that)\s+(?:(?:has|have|had)\s+(?:\w+ly\s+|not\s+|never\s+|also\s+|already\s+)?)?$",
                              re.IGNORECASE)
_NOT_PRESENT_S = {"was", "has", "is", "does", "as", "this", "his", "its", "us", "thus"}
# How many earlier statements to search for the same speaker's date.
CARRY_LOOKBACK = 50
# Dates after the cue count as attached only this close ("said on Monday", "told reporters on Tuesday").
ATTACHED_AFTER = 40


def _noun_dated(text: str, x: TimeExpression) -> str | None:
    """'his remarks of March 9': the noun before 'of' the date belongs to (lower case)."""
    m = _OF_NOUN.search(text, max(0, x.span[0] - 30), x.span[0])
    return m.group(1).lower() if m is not None and m.group(1).lower() not in _TIME_NOUNS else None


_UNTIL = re.compile(r"\b(?:up\s+)?(?:until|till)\s+$", re.IGNORECASE)
# "remarks of March 9, when he said" / "interview of May 2 in which she said" / "its statement of
# May 2, which said": the clause tells those words.
_TELLS_THE_NOUN = re.compile(r",?\s*(?:(?:when|where|in\s+which|during\s+which|at\s+which)\s+[^,.;:!?\"\u201c\u201d]{0,40}"
                             r"|(?:which|that)\s+)$", re.IGNORECASE)


def _until(text: str, x: TimeExpression) -> int | None:
    m = _UNTIL.search(text, max(0, x.span[0] - 12), x.span[0])
    return m.start() if m else None


def _speech_noun(noun: str | None) -> bool:
    """Words that are a statement or its setting ("remarks", "interview"), from the cue lexicon."""
    if noun is None:
        return False
    cues = load_cues()
    return any(form in cues.settings or form in cues.nouns for form in (noun, noun[:-1] if noun.endswith("s") else noun))


def _tells_the_noun(text: str, d: _Dated, anchor: Span) -> bool:
    """The cue's clause hangs on the dated speech noun: the statement is those dated words."""
    return (d.of_noun and d.expression.span[1] <= anchor[0] and _speech_noun(d.noun)
            and _TELLS_THE_NOUN.fullmatch(text, d.expression.span[1], anchor[0]) is not None)


def _before(point: Point) -> Point | None:
    """Said before the start of ``point``: the month (or for a month, the year) of the day before."""
    day = point.start - timedelta(days=1)
    if point.gran == "D":
        return Point("M", day.replace(day=1))
    if point.gran == "M":
        return Point("Y", day.replace(month=1, day=1))
    return None


def _period_end(point: Point) -> date:
    """Last day of a period, for 'not after publication' checks."""
    return shift(point, point.gran, 1).start - timedelta(days=1)


def _said_on(text: str, a: Attribution, usable: Callable[[int, int], list[_Dated]],
             published: PartialDate | None, doc: Doc | None) -> PartialDate | None:
    anchor = a.cue_span or a.speaker_span or a.content_span
    position = anchor[0]
    left, right = _sentence(text, position, doc)

    def attached(x: TimeExpression) -> bool:
        return doc is not None and _attached_by_parse(doc, x, a.cue_span)

    # a speaker right after the cue ("said Ana Dorn on Monday", a post's "— Ana
    # Dorn (@anadorn) March 3, 2026"): the date may follow the speaker
    after = a.speaker_span[1] if a.speaker_span and 0 <= a.speaker_span[0] - anchor[1] <= 2 else anchor[1]

    noun_verb = _verb_of_noun_cue(a, doc)
    cue_words = (a.cue or "").lower().split()
    is_verb = bool(cue_words) and not (cue_words[0].endswith("ly") or cue_words[0] == "according")
    present = is_verb and _present_tense(cue_words[0], a.cue_span, doc)

    def near_cue(x: TimeExpression, of_noun: bool, day: bool = True) -> bool:
        if x.span[1] <= anchor[1]:
            if noun_verb is not None:
                # "On Monday it issued a denial": the date of the verb the noun hangs on; not that of
                # another clause ("photographs published on Wednesday back the organisers' claim")
                return doc is not None and _attached_by_parse(doc, x, noun_verb)
            # not "his remarks of March 9, ... he told" (an earlier statement's date), nor "X, which
            # sued on Friday, says" (said now; a past "who flew in on Saturday, said" keeps that day,
            # but "who studied the dam in 2029, said" tells her past, not when she spoke)
            return not of_noun and not ((present or not day) and _in_relative_clause(doc, x, a.cue_span))
        gap = text[after if x.span[0] >= after else anchor[1]:x.span[0]]
        return len(gap) <= ATTACHED_AFTER and " that " not in f" {gap} "  # "according to its report of May 7"

    candidates = usable(left, right)
    told = [d for d in candidates if _tells_the_noun(text, d, anchor)]
    if told:  # "his remarks of March 9, when he said": the date of those remarks
        return _dated(told[-1].expression, told[-1].point)
    in_sentence = [d for d in candidates
                   if attached(d.expression) or near_cue(d.expression, d.of_noun, d.point.gran == "D")]
    perfect = is_verb and (cue_words[0] in ("has", "have", "had") or bool(
        a.cue_span and _PERFECT.search(text, max(0, a.cue_span[0] - 30), a.cue_span[0])))
    if perfect and a.cue_span and _RELATIVE_CLAUSE.search(text, max(0, a.cue_span[0] - 40), a.cue_span[0]):
        # "the ministry, which has denied ...": the sentence's date is the main clause's.
        in_sentence = [d for d in in_sentence if d.expression.span[0] >= anchor[1]]
    if in_sentence:
        def rank(d: _Dated) -> tuple[int, int, int]:
            x, p = d.expression, d.point
            distance = min(abs(x.span[0] - anchor[1]), abs(anchor[0] - x.span[1]))
            return (0 if attached(x) else 1, 0 if p.gran == "D" else 1, distance)

        best = min(in_sentence, key=rank)
        if best.until is not None:  # "Until Monday, X had insisted": said before Monday
            before = _before(best.point)
            span = (best.until, best.expression.span[1])
            return PartialDate(before.value(), basis="relative", text=text[span[0]:span[1]]) if before else None
        return _dated(best.expression, best.point)
    if perfect:
        return None  # "has denied": said at some undated time before
    if present:
        return _publication(published)  # "says": holds now, whatever the story's date
    p_left, _ = _paragraph(text, position)
    # not a year or month that tells a speaker's past ("who studied the dam in 2029")
    in_paragraph = [d for d in usable(p_left, left) if not d.of_noun and not d.week
                    and not (d.point.gran != "D" and _in_relative_clause(doc, d.expression, None))]
    if in_paragraph:
        return _dated(in_paragraph[-1].expression, in_paragraph[-1].point)
    return _publication(published)


def _in_relative_clause(doc: Doc | None, x: TimeExpression, cue: Span | None) -> bool:
    """'X, which sued on Friday, says': the date is the relative clause's event, not the statement's,
    unless that clause is itself speech ("the minister, who spoke to reporters on Friday, said").
    With no cue, whether the date is in any such clause."""
    if doc is None or not doc.has_annotation("DEP"):
        return False
    date_span = doc.char_span(*x.span, alignment_mode="expand")
    cue_span = doc.char_span(*cue, alignment_mode="expand") if cue is not None else None
    if date_span is None or not len(date_span) or cue is not None and (cue_span is None or not len(cue_span)):
        return False
    cue_tokens = {t.i for t in cue_span} if cue_span is not None else set()
    for token in date_span.root.ancestors:
        if token.i in cue_tokens:
            return False
        if token.dep_ == "relcl":
            speech = load_cues().verb_class(token) is not None or _INTERVIEW_WORDS.fullmatch(token.text)
            return not speech
    return False


def _verb_of_noun_cue(a: Attribution, doc: Doc | None) -> Span | None:
    """For a statement reported by a noun ("the organisers' claim that", "issued a denial"), the
    verb the noun hangs on (the noun itself when it has none)."""
    words = (a.cue or "").lower().split()
    if doc is None or a.cue_span is None or len(words) != 1 or words[0] not in load_cues().nouns:
        return None
    span = doc.char_span(*a.cue_span, alignment_mode="expand")
    if span is None or not len(span) or not _nominal(span[0]):
        return None
    token = span[0]
    for _ in range(3):  # "claim" -> to -> lending; "denial" -> issued
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            break
    return token.idx, token.idx + len(token)


def _nominal(token: Token) -> bool:
    """A noun by its tag, its slot or its determiner (the tagger reads "the organisers' claim" as a verb)."""
    return token.pos_ == "NOUN" or token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") or any(
        child.dep_ in ("det", "poss") for child in token.children)


def _present_tense(word: str, cue: Span | None, doc: Doc | None) -> bool:
    """'says', 'insist' (present), from the parse when there is one, else from the ending."""
    if doc is not None and cue is not None and doc.has_annotation("MORPH"):
        span = doc.char_span(*cue, alignment_mode="expand")
        if span is not None and len(span):
            return "Pres" in span[0].morph.get("Tense", [])
    return word == "say" or (word.endswith("s") and not word.endswith("ss") and word not in _NOT_PRESENT_S)


@dataclass
class _Story:
    """What the carry needs besides the statements: the parse, whose words hold what, and which
    statements are reported inside another's words."""

    doc: Doc | None
    contents: _ContentIndex
    nested: set[int]


# A relative pronoun's speaker is named right before it ("the mayor, who said"), never a statement back.
_RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def _carry_from_same_speaker(text: str, attributions: list[Attribution], results: list[PartialDate | None],
                             index: int, story: _Story) -> PartialDate | None:
    """A speaker's later statement in the story keeps the date of their last one.

    ("Mavrik said on Thursday ..." then '"...," Mavrik said.') A pronoun speaker
    continues a statement in the same or the previous paragraph, unless another
    person is named between the two; never one reported inside another's words
    ("Rell said the commander told him ... '...,' he told MPs": he is Rell).
    """
    a = attributions[index]
    position = (a.cue_span or a.content_span)[0]
    p_left, _ = _paragraph(text, position)
    window_left, _ = _paragraph(text, max(0, _previous_paragraph_end(text, p_left)))
    name = _surname(a.speaker_text)
    definite = _definite_head(a.speaker_text) if name is None else None
    pronoun = a.source_kind == "pronoun" and (a.speaker_text or "").lower() not in _RELATIVE_PRONOUNS
    for j in range(index - 1, max(-1, index - 1 - CARRY_LOOKBACK), -1):
        b, date_b = attributions[j], results[j]
        b_position = (b.cue_span or b.content_span)[0]
        if b_position > position or (pronoun and j in story.nested):
            continue
        pronoun_continues = pronoun and b_position >= window_left and not _other_person_between(b, a, story)
        # "The notice says" takes up the notice of the paragraph's last sentences, not one further back
        takes_up = definite is not None and b_position >= p_left and definite == _head(b.speaker_text)
        named = name is not None and name in (_surname(b.speaker_text), _antecedent(text, b))
        if pronoun_continues or takes_up or named:
            if date_b is not None and date_b.basis in ("explicit", "relative"):
                return PartialDate(date_b.value, basis="relative", text=date_b.text)
            return None
    return None


def _other_person_between(earlier: Attribution, later: Attribution, story: _Story) -> bool:
    """A name the narrative makes the subject of a clause after one statement and before another's
    pronoun, outside what anyone said ("..., the ministry said. Lucie Fenaud was hit ... she said"):
    the pronoun is theirs."""
    if story.doc is None or not story.doc.has_annotation("DEP"):
        return False
    start = max(span[1] for span in (earlier.cue_span, earlier.speaker_span, earlier.content_span) if span)
    end = (later.speaker_span or later.cue_span or later.content_span)[0]
    between = story.doc.char_span(start, end, alignment_mode="contract") if start < end else None
    speaker = _surname(earlier.speaker_text)
    return between is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.lower_ != speaker
        and not story.contents.holders((t.idx, t.idx + len(t))) for t in between)


def _antecedent(text: str, a: Attribution) -> str | None:
    span = a.speaker_antecedent_span
    return _surname(text[span[0]:span[1]]) if span else None


def _surname(speaker: str | None) -> str | None:
    words = re.findall(r"[A-Za-z][\w'-]*", speaker or "")
    return words[-1].lower() if words and words[-1][0].isupper() else None


_DEFINITE = re.compile(r"the\s+([a-z][\w-]*)", re.IGNORECASE)


def _definite_head(speaker: str | None) -> str | None:
    """'The notice' (after "Its enforcement notice, dated Nov. 9, says"): the noun a definite
    description takes up from an earlier speaker."""
    m = _DEFINITE.fullmatch((speaker or "").strip())
    return m.group(1).lower() if m else None


def _head(speaker: str | None) -> str | None:
    words = re.findall(r"[A-Za-z][\w'-]*", speaker or "")
    return words[-1].lower() if words else None


def _previous_paragraph_end(text: str, paragraph_start: int) -> int:
    """Index inside the last non-blank line before ``paragraph_start``."""
    position = paragraph_start - 1
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position - 1


def _publication(published: PartialDate | None) -> PartialDate | None:
    return PartialDate(published.value, basis="publication", text=None) if published else None


def _dated(x: TimeExpression, point: Point) -> PartialDate:
    return PartialDate(point.value(), basis="explicit" if names_calendar(x) else "relative", text=x.text)


def names_calendar(x: TimeExpression) -> bool:
    """'February 26', 'the 23rd', '2019' name their date; 'Wednesday', 'two days later' compute it."""
    if x.reference is None:
        return True
    lowered = _CLOCK.sub(" ", x.text.lower())  # "at 11.05 pm on Saturday": the digits tell the hour, not the date
    if _RELATIVE_WORDS.search(lowered):
        return False
    return bool(_MONTH_WORDS.search(lowered) or re.search(r"\d", lowered))
