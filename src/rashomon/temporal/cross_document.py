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

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..claims.lexicon import _KEEP, WORD, content_terms

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


Signature = tuple[frozenset[str], frozenset[str], bool]


def signature(s: Dated) -> Signature:
    """Meaningful words, negation words, and whether the statement denies."""
    negations = frozenset(w.lower() for w in WORD.findall(s.content) if w.lower() in _KEEP or w.lower() == "n't")
    return frozenset(content_terms(s.content)), negations, s.negated or s.cue_class in DENIALS


def same_statement(a: Signature, b: Signature) -> bool:
    """The same thing said, as far as its words show (the caller checks the speaker)."""
    (terms_a, neg_a, denial_a), (terms_b, neg_b, denial_b) = a, b
    if neg_a != neg_b or denial_a != denial_b:
        return False
    shorter, longer = sorted((terms_a, terms_b), key=len)
    if len(shorter) < MIN_TERMS:
        return False
    shared = len(shorter & longer)
    return shared == len(shorter) if len(shorter) < 4 else shared >= MIN_SHARE * len(shorter)


def earlier(lender: str, borrower: str | None) -> bool:
    """Whether a lent date says more than the borrower's own: earlier, or as early and more precise."""
    if borrower is None:
        return True
    n = min(len(lender), len(borrower))
    return lender[:n] < borrower[:n] or (lender[:n] == borrower[:n] and len(lender) > len(borrower))


def cross_dates(statements: Iterable[Dated]) -> dict[str, str]:
    """Statement id -> the earliest date another document gives the same statement, where that says more."""
    items = [s for s in statements if s.speaker is not None]
    signatures = {s.id: signature(s) for s in items}
    lenders: dict[tuple[str | None, str], list[Dated]] = defaultdict(list)  # (speaker, word) -> statements
    for s in items:
        if s.said_on and s.basis in LENDING:
            for term in signatures[s.id][0]:
                lenders[(s.speaker, term)].append(s)
    found: dict[str, str] = {}
    for s in items:
        if s.basis not in BORROWING:
            continue
        shared: Counter[str] = Counter()
        by_id: dict[str, Dated] = {}
        for term in signatures[s.id][0]:
            for other in lenders.get((s.speaker, term), ()):
                if other.document != s.document:
                    shared[other.id] += 1
                    by_id[other.id] = other
        best: str | None = None
        for other_id, count in shared.items():
            date = by_id[other_id].said_on or ""
            if (count >= MIN_TERMS and earlier(date, s.said_on) and (best is None or earlier(date, best))
                    and same_statement(signatures[s.id], signatures[other_id])):
                best = date
        if best is not None:
            found[s.id] = best
    return found
