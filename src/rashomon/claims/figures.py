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

HEDGED = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|up\s+to|at\s+least|more\s+than|over|under|fewer\s+than|less\s+than)\s+$", re.I)


@dataclass(frozen=True)
class Figure:
    value: float
    counted: frozenset[str]  # stems of every term of what is counted ("votes": vote, ballot, ...)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(sorted(map(re.escape, number_words()), key=len, reverse=True))
    number = rf"\d[\d,]*(?:\.\d+)?|\b(?:{words})\b"
    count = re.compile(rf"(?<![\w.,])({number})\s+([A-Za-z][\w-]*)", re.I)
    # "290 rather than 312", "four, not two", "instead of 312"
    rejected = re.compile(rf"\b(?:rather\s+than|instead\s+of|not)\s+({number})(?![\w.,]*\d)", re.I)
    return count, rejected


def _value(text: str) -> float:
    return number_words().get(text.lower()) or float(text.replace(",", ""))


def stated_figure(text: str, profile: Profile) -> Figure | None:
    """The figure a proposition states and the terms of what it counts; None
    for a comparison or a proposition with no figure."""
    count, _ = _patterns()
    for m in count.finditer(text):
        if HEDGED.search(text[: m.start()]) or not stems(m.group(2)):
            continue
        word = stems(m.group(2))[0]
        counted = next((frozenset(s for t in c.terms for s in t.stems) for c in profile.concepts
                        if any(word in t.stems for t in c.terms)), frozenset({word}))
        return Figure(_value(m.group(1)), counted)
    return None


def says_otherwise(text: str, figure: Figure) -> bool:
    """Whether a statement gives another figure for what the proposition
    counts, or rejects the proposition's figure."""
    count, rejected = _patterns()
    if any(_value(m.group(1)) == figure.value for m in rejected.finditer(text)):
        return True
    given = {_value(m.group(1)) for m in count.finditer(text)
             if set(stems(m.group(2))) & figure.counted and not HEDGED.search(text[: m.start()])}
    return bool(given) and figure.value not in given
