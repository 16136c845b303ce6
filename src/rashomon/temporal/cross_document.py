"""Date a statement from another document that reports the same statement.

A later article often repeats what a speaker said days before ("the ministry
has said the numbers could have been copied") with no date of its own, so the
statement falls back to the later article's publication date, or to nothing
when that article is undated. When an earlier document carries the same
statement by the same speaker, the statement cannot have been made after that
document dated it: its ``said_on`` becomes the earliest such date, with basis
``cross_document`` (export contract, rule 3).

"Same statement" is decided on words, not vectors, so the step stays cheap on
large cases: the shorter content's meaningful words must nearly all appear in
the longer one, with the same negation words and the same denial-or-not cue.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..claims.lexicon import _KEEP, terms_of, words

# Bases a statement can lend its date from. A cross_document date is never
# lent on, so a chain of re-reports cannot drift.
LENDING = ("explicit", "relative", "publication")
# Bases whose date is only a fallback, so a report elsewhere can do better.
BORROWING = ("publication", "unknown", None)
DENIALS = frozenset({"deny", "retract"})
# Short contents must match word for word; longer ones may differ by a word in four.
MIN_TERMS = 2
MIN_SHARE = 0.75


@dataclass(frozen=True)
class Dated:
    """What the step needs of one statement."""

    id: str
    document: str
    speaker: str | None
    content: str
    cue_class: str
    negated: bool
    said_on: str | None
    basis: str | None


Signature = tuple[frozenset[str], frozenset[str], bool, frozenset[str]]
_NEGATIONS = _KEEP | {"n't"}


def signature(s: Dated) -> Signature:
    """Meaningful words, negation words, whether the statement denies, and its numbers."""
    found = {w.lower() for w in words(s.content)}
    terms = frozenset(terms_of(found))
    return terms, frozenset(found & _NEGATIONS), s.negated or s.cue_class in DENIALS, frozenset(t for t in terms if t[:1].isdigit())


def same_statement(a: Signature, b: Signature) -> bool:
    """The same thing said, as far as its words show (the caller checks the speaker)."""
    (terms_a, neg_a, denial_a, numbers_a), (terms_b, neg_b, denial_b, numbers_b) = a, b
    if neg_a != neg_b or denial_a != denial_b:
        return False
    (shorter, numbers), (longer, other_numbers) = sorted(((terms_a, numbers_a), (terms_b, numbers_b)), key=lambda t: len(t[0]))
    if len(shorter) < MIN_TERMS or numbers - other_numbers:
        return False  # "45 people treated" is a new count, not "38 people treated" again
    shared = len(shorter & longer)
    return shared == len(shorter) if len(shorter) < 4 else shared >= MIN_SHARE * len(shorter)


def earlier(lender: str, borrower: str | None) -> bool:
    """Whether a lent date says more than the borrower's own: earlier, or as early and more precise."""
    if borrower is None:
        return True
    n = min(len(lender), len(borrower))
    return lender[:n] < borrower[:n] or (lender[:n] == borrower[:n] and len(lender) > len(borrower))


def _lends(s: Dated) -> bool:
    return bool(s.said_on) and s.basis in LENDING


def cross_dates(statements: Iterable[Dated]) -> dict[str, str]:
    """Statement id -> the earliest date another document gives the same statement, where that says more."""
    by_speaker: dict[str, list[Dated]] = defaultdict(list)
    for s in statements:
        if s.speaker is not None:
            by_speaker[s.speaker].append(s)
    found: dict[str, str] = {}
    for group in by_speaker.values():
        lenders = [s for s in group if _lends(s)]
        borrowers = [s for s in group if s.basis in BORROWING]
        if lenders and borrowers:
            found.update(_within_speaker(lenders, borrowers))
    return found


def _within_speaker(lenders: list[Dated], borrowers: list[Dated]) -> dict[str, str]:
    """The cross dates among one speaker's statements: a word index over the lenders."""
    signatures = {s.id: signature(s) for s in (*lenders, *borrowers)}
    postings: dict[str, list[int]] = defaultdict(list)  # word -> lender positions
    for i, s in enumerate(lenders):
        for term in signatures[s.id][0]:
            postings[term].append(i)
    found: dict[str, str] = {}
    for s in borrowers:
        mine = signatures[s.id]
        shared: dict[int, int] = {}
        for term in mine[0]:
            for i in postings.get(term, ()):
                shared[i] = shared.get(i, 0) + 1
        best: str | None = None
        for i, count in shared.items():
            other = lenders[i]
            date = other.said_on or ""
            if (count >= MIN_TERMS and other.document != s.document and earlier(date, s.said_on)
                    and (best is None or earlier(date, best)) and same_statement(mine, signatures[other.id])):
                best = date
        if best is not None:
            found[s.id] = best
    return found
