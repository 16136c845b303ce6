"""Word lists the stance rules read, loaded once from ``rashomon/data/``.

Each list is a plain file, one entry per line, ``#`` for comments. A user
extends a list by putting a file of the same name in a directory named by
``RASHOMON_DATA`` (several directories separated by ``os.pathsep``); its
entries are added to the packaged ones.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
WORD = re.compile(r"[A-Za-z]+(?:-\d+[A-Za-z]*)?(?:'[a-z]+)?|n't|\d+(?:[.,]\d+)*")
# News text mostly writes the apostrophe as U+2019 ("didn’t"); words are
# read with the plain one, so "didn't" and "didn’t" are the same word.
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})
# Short function words that still carry meaning for a proposition.
_KEEP = {"no", "not", "never", "none", "nor", "neither", "nothing", "nobody", "without"}
# Stop words to spaCy that a proposition names things with: "well" is "as
# well" in most text, but the water well in "The well at Osk was contaminated".
NAMING_STOP_WORDS = frozenset({"well"})
STOPWORDS = frozenset(w for w in STOP_WORDS if w not in _KEEP | NAMING_STOP_WORDS) | {"said", "says", "say", "told", "according"}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def data_lines(name: str) -> list[str]:
    """Entries of a packaged data file plus those of the user's copies."""
    entries = _lines((DATA_DIR / name).read_text(encoding="utf-8"))
    for directory in filter(None, os.environ.get("RASHOMON_DATA", "").split(os.pathsep)):
        extra = Path(directory) / name
        if extra.is_file():
            entries += _lines(extra.read_text(encoding="utf-8"))
    return entries


def words(text: str) -> list[str]:
    """The words of a text as ``WORD`` reads them, either apostrophe folded to the plain one."""
    return WORD.findall(text.translate(APOSTROPHES))


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    # Longest first so "did not" wins over "not"; word boundaries so "no" is not "know";
    # an apostrophe in an entry ("can't say") matches either way of writing it.
    alternatives = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['\u2019]") for p in alternatives)
    return re.compile(rf"(?<![\w'\u2019])(?:{body})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=None)
def phrases(name: str) -> re.Pattern[str]:
    """A compiled matcher for the phrases of one data file (``negations.txt`` ...)."""
    return _phrase_pattern(data_lines(name))


@lru_cache(maxsize=1)
def number_words() -> dict[str, float]:
    """Numbers written out (``number_words.tsv``), with "twenty-seven": a ten and a unit joined by a hyphen."""
    numbers = {w.strip().lower(): float(v) for w, v in (line.split("\t")[:2] for line in data_lines("number_words.tsv"))}
    tens = {w: v for w, v in numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}
    ones = {w: v for w, v in numbers.items() if 1 <= v <= 9}
    numbers.update({f"{t}-{o}": tv + ov for t, tv in tens.items() for o, ov in ones.items()})
    return numbers


@lru_cache(maxsize=1)
def negation_pattern() -> re.Pattern[str]:
    # "n't" is glued to its verb ("didn't"), so it cannot take word boundaries.
    entries = [e for e in data_lines("negations.txt") if e != "n't"]
    base = _phrase_pattern(entries).pattern
    return re.compile(rf"{base}|n['\u2019]t\b", re.IGNORECASE)


# Up to three words inside a comparator ("more passengers than"), up to four
# between it and its bound ("within its licensed limit"); no punctuation.
_GAP_INSIDE = r"\s+(?:[\w'\u2019-]+\s+){0,3}?"
_GAP_BEFORE = r"\s+(?:[\w'\u2019-]+\s+){0,4}?"


@lru_cache(maxsize=None)
def bound_pattern(comparators: str) -> re.Pattern[str]:
    """A comparator of one file (``bound_over.txt``, ``bound_within.txt``)
    followed by a bound of ``bound_limits.txt``: "over the limit", "more
    people than were allowed"."""

    def alternative(entry: str) -> str:
        parts = [re.escape(part.strip()).replace(r"\ ", r"\s+") for part in entry.lower().split("...")]
        return _GAP_INSIDE.join(parts)

    compare = "|".join(alternative(e) for e in sorted(set(data_lines(comparators)), key=len, reverse=True))
    limits = "|".join(re.escape(w.lower()) for w in sorted(set(data_lines("bound_limits.txt")), key=len, reverse=True))
    return re.compile(rf"(?<![\w'\u2019])(?:{compare}){_GAP_BEFORE}(?:{limits})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def cue_directions() -> dict[str, str]:
    """cue_class -> affirm | deny | retract | uncertain | no_evidence."""
    table: dict[str, str] = {}
    for line in data_lines("cue_stances.tsv"):
        cue_class, direction = line.split("\t")[:2]
        table[cue_class.strip()] = direction.strip()
    return table


@lru_cache(maxsize=1 << 17)  # a case repeats its vocabulary; stemming dominated whole-store passes
def stem(word: str) -> str:
    """A crude English stem, enough to match "fired"/"firing"/"fires"."""
    w = word.lower()
    if w.endswith(("n't", "n\u2019t")):
        return "not"
    w = _without_possessive(w)
    w = _irregular().get(w, w)  # "children" is "child", "sank" is "sink"
    for suffix, keep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: len(w) - len(suffix)] + keep
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "stopp" (from stopped) -> "stop"
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # "fire" and "fired" both -> "fir"
    return w


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    """Irregular forms and the word they are a form of (``irregular_forms.tsv``)."""
    pairs = (line.split("\t") for line in data_lines("irregular_forms.tsv"))
    return {form.strip().lower(): base.strip().lower() for form, base, *_ in pairs}


def _without_possessive(word: str) -> str:
    """"minister's" is "minister": the owner's word, not a word of its own."""
    return word[:-2] if word.endswith(("'s", "\u2019s")) and len(word) > 3 else word


def content_terms(text: str) -> set[str]:
    """Stems of the meaningful words of a text (no stopwords, no negations)."""
    return terms_of({w.lower() for w in words(text)})


def terms_of(lowered: set[str]) -> set[str]:
    """Stems of the meaningful ones among lower-cased words."""
    bare = {_without_possessive(w) for w in lowered}
    return {stem(w) for w in bare if len(w) > 1 and w not in STOPWORDS and w not in _KEEP and w != "n't"}
