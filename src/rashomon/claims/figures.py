"""Propositions that state a figure: "Oda Strand won by 312 votes", "The
fire killed two people".

A statement that gives another figure for the same thing ("a margin of 290
votes") or rejects the proposition's ("290 rather than 312", "four, not
two") says otherwise. A figure hedged ("about 300 votes") or a statement
with no figure for that thing takes no side here. Comparisons ("more than
250 passengers") are bounds, read by ``stance.counted_side`` instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .concepts import Profile, stems
from .lexicon import number_words

# A bound ("more than 250") is read by ``stance.counted_side``; an
# approximation ("about 1.4 million") is a figure give or take APPROXIMATE.
BOUNDED = re.compile(r"\b(?:up\s+to|at\s+least|more\s+than|over|under|fewer\s+than|less\s+than)\s+$", re.I)
ROUGHLY = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately)\s+$", re.I)
APPROXIMATE = 0.1
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


@dataclass(frozen=True)
class Figure:
    value: float
    counted: frozenset[str]  # stems of every term of what is counted ("votes": vote, ballot, ...)
    rough: bool = False  # "about 1.4 million customers": 1.2 million is another figure, 1.35 million is not


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(sorted(map(re.escape, number_words()), key=len, reverse=True))
    number = rf"\d[\d,]*(?:\.\d+)?|\b(?:{words})\b"
    count = re.compile(rf"(?<![\w.,])({number})\s+(?:(thousand|million|billion)\s+)?([A-Za-z][\w-]*)", re.I)
    # "290 rather than 312", "four, not two", "instead of 312"
    rejected = re.compile(rf"\b(?:rather\s+than|instead\s+of|not)\s+({number})(?:\s+(thousand|million|billion))?(?![\w.,]*\d)", re.I)
    return count, rejected


def _value(text: str, multiplier: str | None = None) -> float:
    value = number_words().get(text.lower()) or float(text.replace(",", ""))
    return value * MULTIPLIERS.get((multiplier or "").lower(), 1.0)


def stated_figure(text: str, profile: Profile) -> Figure | None:
    """The figure a proposition states and the terms of what it counts; None
    for a comparison or a proposition with no figure."""
    count, _ = _patterns()
    for m in count.finditer(text):
        if BOUNDED.search(text[: m.start()]) or not stems(m.group(3)):
            continue
        word = stems(m.group(3))[0]
        counted = next((frozenset(s for t in c.terms for s in t.stems) for c in profile.concepts
                        if any(word in t.stems for t in c.terms)), frozenset({word}))
        return Figure(_value(m.group(1), m.group(2)), counted, bool(ROUGHLY.search(text[: m.start()])))
    return None


def says_otherwise(text: str, figure: Figure) -> bool:
    """Whether a statement gives another figure for what the proposition
    counts, or rejects the proposition's figure."""
    count, rejected = _patterns()
    if any(_value(m.group(1), m.group(2)) == figure.value for m in rejected.finditer(text)):
        return True
    given = [(_value(m.group(1), m.group(2)), bool(ROUGHLY.search(text[: m.start()]))) for m in count.finditer(text)
             if set(stems(m.group(3))) & figure.counted and not BOUNDED.search(text[: m.start()])]
    return bool(given) and not any(_agrees(figure, value, rough) for value, rough in given)


def _agrees(figure: Figure, value: float, rough: bool) -> bool:
    """The same figure, or within the give of a rough one ("about 300" and 290)."""
    if figure.rough or rough:
        return abs(value - figure.value) <= APPROXIMATE * max(value, figure.value)
    return value == figure.value
