"""Find every time expression in a text and give it its TIMEX3 value.

Pure regular expressions over the raw text (no parse needed), so the stage
runs far faster than the spaCy pass it follows. Expressions are resolved in
reading order so that "two days later" counts from the date the story last set.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..model import TimeExpression
from .dates import Point, add_months, parse_point
from .grammar import rules
from .lexicon import Lexicon, alternation, load_lexicon
from .readings import Reading
from .resolve import Context, resolve

_LAST_WORD = re.compile(r"[\w.]+$")
_SENTENCE_END = re.compile(r"[.!?]['\"”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n\s*\n")
# Lower-case "-ed" words only: "United" and "Ed" are names, "succeed" is not a past tense.
_PAST_FORM = r"(?-i:[a-z]{2,}[a-df-z]ed)"
# A participle after a present or bare "be" is no past tense ("is heard", "should be completed").
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|am)\s+$", re.IGNORECASE)
# A participle after a determiner is an adjective ("a still unspecified date", "the revised plan").
_ADJECTIVE_SLOT = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+(?:(?:still|newly|\w+ly)\s+)?$",
                             re.IGNORECASE)
# "had filed", "had already filed": a past participle right after "had".
_AFTER_HAD = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
_AHEAD_OF = re.compile(r"\bahead\s+of\s+$", re.IGNORECASE)
# Readings that name a date the story can count from ("two days later").
_SETS_NARRATIVE = ("date", "time")


def find(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int, Reading]]:
    """Non-overlapping matches, longest first where they compete, in text order."""
    lex = lexicon or load_lexicon()
    found: list[tuple[int, int, Reading]] = []
    for rule in rules(lex):
        for m in rule.finditer(text):
            reading = rule.read(m, text, lex)
            if reading is not None and (reading.kind == "holiday" or not _in_a_title(text, m.start(), m.end(), lex)):
                start, end = _trim(text, m.start() if reading.start is None else reading.start, m.end())
                found.append((start, end, reading))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken = bytearray(len(text) + 1)
    chosen = []
    for start, end, reading in found:
        if start >= end or any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, reading))
    chosen.sort(key=lambda f: f[0])
    return chosen


_WORD = re.compile(r"[A-Za-z]+")


def _in_a_title(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """'CBS's "60 Minutes"', 'on "This Week"', 'This is Velt Radio Today': a capital on an ordinary time word
    inside a sentence names a show or a film, not a time."""
    for w in _WORD.finditer(text, start, end):
        word = w.group(0)
        if not word[0].isupper() or word.isupper() or word.lower() not in lex.title_words:
            continue
        if w.start() > start:
            return True
        before = text[max(0, start - 3):start].rsplit("\n", 1)[-1].rstrip()  # a line start is a sentence start
        if before and (before[-1].isalnum() or before[-1] == ","):
            return True
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    """Not after an abbreviation ("Roe vs. Wade", "U.S. officials", "Dr. Vane")."""
    if text[m.start()] != ".":
        return True
    word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
    if word is None:
        return True
    token = word.group(0).lower()
    return not (len(token) == 1 and token.isalpha() or token in load_lexicon().abbreviations)


def sentence_bounds(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """Approximate sentence around a span, from punctuation alone."""
    lo = max(0, start - reach)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if _ends_sentence(text, m):
            left = m.end()
    hi = min(len(text), end + reach)
    for m in _SENTENCE_END.finditer(text, end, hi):
        if _ends_sentence(text, m):
            return left, m.start() + 1
    return left, hi


@lru_cache(maxsize=4)
def _tense_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The tense cue, deadline and origin patterns, from the vocabulary file."""
    future, past, present = alternation(lex.future_cues), alternation(lex.past_cues), alternation(lex.present_cues)
    cue = re.compile(rf"\b(?:(?P<future>{future})|(?P<past>{past}|{_PAST_FORM})|(?P<present>{present}))\b",
                     re.IGNORECASE)
    deadline = re.compile(rf"\b{alternation(lex.deadline_words)}\s+$", re.IGNORECASE)
    origin = re.compile(rf"\b{alternation(lex.origin_words)}\s+$", re.IGNORECASE)
    return cue, deadline, origin


def _parsed_sentence(doc: Doc | None, start: int) -> tuple[int, int] | None:
    """The parser's sentence around a character, when a parsed Doc is at hand."""
    if doc is None or not doc.has_annotation("SENT_START"):
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentence = span[0].sent
    return sentence.start_char, sentence.end_char


_FUTURE_AUX = {"will", "shall", "'ll", "wo"}


def _parsed_tense(doc: Doc, start: int, end: int) -> int | None:
    """Tense of the verb the expression hangs off in the parse ("met on Friday", "will meet Friday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.head.i == token.i:
            return None
        token = token.head
    else:
        return None
    words = [token, *(child for child in token.children if child.dep_ in ("aux", "auxpass"))]
    if any(w.lower_ in _FUTURE_AUX for w in words):
        return 1
    # The finite word carries the tense: "is expected in December" is present although
    # "expected" is a past participle; a participle with no finite word ("to be published
    # in November", "a deal signed in May") says nothing.
    finite = [w for w in words if "Fin" in w.morph.get("VerbForm", [])]
    if finite and "Past" in finite[0].morph.get("Tense", []):
        return -1
    return None


def tense_at(text: str, start: int, end: int, doc: Doc | None = None) -> int | None:
    """-1 when the verb around a span is past, +1 when it looks ahead, else None.

    A deadline preposition ("by February", "until June") looks ahead unless the
    sentence is in the past perfect ("Until Monday, X had insisted", "had filed
    by Monday"). Otherwise
    the parse decides when there is one, else the nearest cue word.
    """
    tense_cue, deadline, origin = _tense_patterns(load_lexicon())
    if _POSSESSIVE.match(text, end):
        # "get around Wednesday's ruling": the date is the ruling's, not the clause's; news names such
        # an event once it has happened, unless it is still "ahead".
        return 1 if _AHEAD_OF.search(text, max(0, start - 12), start) else None
    left, right = _parsed_sentence(doc, start) or sentence_bounds(text, start, end)
    if origin.search(text, max(0, start - 8), start):
        return -1  # "since March" is a March gone by
    nearest = _nearest_cue(text, start, end, left, right, tense_cue)
    if deadline.search(text, max(0, start - 10), start):
        past_perfect = nearest is not None and nearest[1] == "had" or _past_perfect_before(text, left, start, tense_cue)
        return -1 if past_perfect else 1
    if doc is not None and doc.has_annotation("DEP"):
        parsed = _parsed_tense(doc, start, end)
        if parsed is not None:
            return parsed
    return nearest[0] or None if nearest else None


def _past_perfect_before(text: str, left: int, start: int, tense_cue: re.Pattern[str]) -> bool:
    """The last verb before the expression is a past perfect ("had filed their reports by Monday");
    a "had" in an earlier clause ("which had been expected, is part of a plan to pay by May") is not."""
    last = None
    for m in tense_cue.finditer(text, left, start):
        last = m
    if last is None:
        return False
    return last.group(0).lower() == "had" or bool(
        last.group("past") and _AFTER_HAD.search(text, max(0, last.start() - 24), last.start()))


def firm_past(text: str, start: int) -> bool:
    """'since March', 'voted in March': a past verb (or 'since') right before the expression, not a plan
    reported further off ('announced a cut in March')."""
    return bool(_firm_past_pattern(load_lexicon()).search(text, max(0, start - 40), start))


@lru_cache(maxsize=4)
def _firm_past_pattern(lex: Lexicon) -> re.Pattern[str]:
    words = rf"{alternation(lex.origin_words)}|(?:{alternation(lex.past_cues)}|{_PAST_FORM})(?:\s+(?:in|on|during|at|of))?"
    return re.compile(rf"\b(?:{words})\s+(?:(?:early|late|mid|the\s+end\s+of)[\s-]+)?$", re.IGNORECASE)


def _nearest_cue(text: str, start: int, end: int, left: int, right: int,
                 tense_cue: re.Pattern[str]) -> tuple[int, str] | None:
    """Direction (+1 future, -1 past, 0 present) and word of the tense cue closest to the span, within [left, right)."""
    best: tuple[int, int, str] | None = None
    for m in tense_cue.finditer(text, left, right):
        if start <= m.start() < end:
            continue
        if m.group("past") and (_PASSIVE.search(text, max(0, m.start() - 12), m.start())
                                or _ADJECTIVE_SLOT.search(text, max(0, m.start() - 24), m.start())):
            continue  # "should be completed in October", "an unspecified date": a participle, not a past tense
        distance = start - m.end() if m.end() <= start else m.start() - end
        if best is None or distance < best[0]:
            direction = 1 if m.group("future") else -1 if m.group("past") else 0
            best = (distance, direction, m.group(0).lower())
    return (best[1], best[2]) if best else None


def tag(text: str, published: str | None, doc: Doc | None = None) -> list[TimeExpression]:
    """Every time expression in ``text`` with its TIMEX3 value, resolved against ``published``."""
    lex = load_lexicon()
    ctx = Context(published=parse_point(published))
    expressions = []
    for start, end, reading in find(text, lex):
        needs_tense = reading.kind in ("month", "weekday", "season", "holiday", "quarter") or reading.part == "WE"
        ctx.tense = tense_at(text, start, end, doc) if needs_tense else None
        ctx.firm_past = ctx.tense == -1 and reading.kind == "month" and firm_past(text, start)
        resolved = resolve(reading, ctx, lex)
        expressions.append(TimeExpression(
            span=(start, end), text=text[start:end], value=resolved.value,
            type=reading.type,  # type: ignore[arg-type]
            reference=resolved.reference,
        ))
        if resolved.point is not None and reading.type in _SETS_NARRATIVE and not _is_comparison(reading) \
                and not _is_forecast(reading, resolved.point, ctx):
            ctx.narrative = resolved.point
            if resolved.point.gran == "D":
                ctx.narrative_day = resolved.point
    return expressions


def _is_forecast(reading: Reading, point: Point, ctx: Context) -> bool:
    """'will take a fourth-quarter charge': a quarter the verb looks ahead to, not over at publication, is a
    forecast; the story's "latest quarter" and "a year ago" still mean the quarter reported (a fiscal
    fourth quarter already reported is no forecast, although the calendar one is not over)."""
    return reading.kind == "quarter" and ctx.tense == 1 and ctx.published is not None and \
        add_months(point.start, 3 if point.gran == "Q" else 6) > ctx.published.start


def _is_comparison(reading: Reading) -> bool:
    """'a year earlier', 'the year-ago quarter' compare with the story's date; they do not move it."""
    if reading.kind == "quarter":
        return reading.amount != 0
    return reading.kind == "shift" and reading.unit == "Y" and reading.amount != 0 and (
        reading.anchor == "narrative" or reading.keep_gran)
