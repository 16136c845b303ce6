"""Statements whose whole content names another statement.

"She stood by her account" names the speaker's own: it keeps the side the
speaker's other statements on the claim took, in any article.

"The organisers disputed that account", "the ministry rejected the
allegations", "the mayor confirmed the report": the content says nothing of
its own, so the statement bears on what the statement it names said. A
rejection takes the other side of it, a confirmation the same side, a
question leaves it open.

The named statement is the nearest earlier one in the same article by
another speaker (of the cue class the noun names, if any: "the
allegation" names an accusation); a possessor ("the ministry's account", "the police
version") prefers the nearest whose speaker it names. The nouns are in
``account_nouns.txt``. An unnamed source's account is all it said in that
stretch of the article: "A technician says managers were warned. ...
«Nobody came,» she said. The firm rejected the account" rejects the
warning too (``account_of``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import StanceValue
from .lexicon import data_lines, words
from .records import StatementView

DETERMINERS = frozenset("that this the these those such its their his her our your any all".split())
# Auxiliaries and copulas: a content holding one is a clause, not a name of an account.
VERBS_OF_A_CLAUSE = frozenset("is was were are be been being has had have will would could should may might must did does do".split())
# Words that qualify the account rather than say whose it is.
QUALIFIERS = frozenset("earlier first latest new official initial previous original later full whole".split())
MOST_WORDS = 6  # "the interior ministry's earlier account": longer contents say something of their own
SIDE: dict[str, StanceValue] = {"affirm": "deny", "deny": "affirm"}


# "she stood by her account", "it stuck to its earlier version (of events)",
# "I stand by what I said last week"
KEEPING = re.compile(
    r"^\W*(?:(?:he|she|it|they|we|i)\s+)?(?:stood|stands?|standing|stuck|sticks?|sticking)\s+(?:by|to)\s+"
    r"(?:(?:his|her|its|their|our|my)\s+([\w-]+(?:\s+[\w-]+){0,2})"
    r"|(?:what|everything)\s+(?:he|she|it|they|we|i)\s+(?:had\s+|have\s+|has\s+)?(?:said|told|wrote|stated|declared))",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _account_rows() -> dict[str, str]:
    """Each account noun, with the cue class of what it names ("" for any)."""
    rows = (line.split("\t") for line in data_lines("account_nouns.txt"))
    return {row[0].strip().lower(): (row[1].strip() if len(row) > 1 else "") for row in rows}


@lru_cache(maxsize=1)
def account_nouns() -> frozenset[str]:
    return frozenset(_account_rows())


def owners(statement: StatementView) -> frozenset[str] | None:
    """The words naming whose account the content is (empty when none), or
    None when the content is not a bare account noun phrase: a determiner or
    a possessor, a few words, the noun ("that account", "the ministry's
    earlier claims", "police reports"), and nothing after it ("the claim
    that ..." says what)."""
    return _owners(statement.content)


@lru_cache(maxsize=1 << 14)  # every statement is asked once per earlier one in its article
def _owners(content: str) -> frozenset[str] | None:
    tokens = [t.lower() for t in words(content)]
    if not tokens or len(tokens) > MOST_WORDS or tokens[-1] not in account_nouns():
        return None
    before = tokens[:-1]
    if before and before[0] not in DETERMINERS and not any(t.endswith("'s") for t in before):
        return None  # "it would study the report" is a clause, not a name of one
    if any(t in DETERMINERS for t in before[1:]) or any(t in VERBS_OF_A_CLAUSE for t in before):
        return None  # "the ministry was studying the report": a clause that ends in a noun phrase
    named = [t.removesuffix("'s") for t in before]
    return frozenset(t for t in named if t not in DETERMINERS and t not in QUALIFIERS)


@lru_cache(maxsize=1 << 14)
def keeps_own_account(content: str) -> bool:
    """Whether the content says its speaker keeps to what it said before
    ("she stood by her account of the evacuation"): a stance of its own
    only through the speaker's other statements."""
    found = KEEPING.match(content.strip())
    if found is None:
        return False
    if found.group(1) is None:
        return True  # "stood by what she said"
    for word in found.group(1).lower().split():
        if word in account_nouns():
            return True
        if word not in QUALIFIERS:
            return False
    return False


def referent(statement: StatementView, earlier: Sequence[StatementView]) -> StatementView | None:
    """The statement an account reference names, among the ``earlier``
    statements of its article (in text order): the nearest by another
    speaker, the nearest whose speaker the possessor names first."""
    named = owners(statement)
    if named is None:
        return None
    others = [s for s in earlier if s.principal != statement.principal and owners(s) is None]
    wanted = _account_rows()[words(statement.content)[-1].lower()]
    if wanted:
        others = [s for s in others if s.cue_class == wanted] or others
    if named:
        for candidate in reversed(others):
            speaker = {t.lower() for t in words(" ".join(filter(None, (candidate.actor_name, candidate.principal_name))))}
            if named & speaker:
                return candidate
    return others[-1] if others else None


# Words of a source's description that say nothing of who it is.
DESCRIPTION_FILLER = DETERMINERS | frozenset("a an who which one two three several some".split())


def _described(view: StatementView) -> frozenset[str]:
    """The words of an unnamed source's description before any comma ("The
    technician, who asked not to be named" -> technician)."""
    head = (view.unnamed_source or "").split(",")[0]
    return frozenset(w.lower() for w in words(head)) - DESCRIPTION_FILLER


def same_source(a: StatementView, b: StatementView) -> bool:
    """Unnamed sources one of whose descriptions holds every word of the
    other's ("a technician at the plant", "the technician")."""
    if a.principal is not None or b.principal is not None:
        return False
    first, second = _described(a), _described(b)
    return bool(first and second) and (first <= second or second <= first)


def account_of(named: StatementView, earlier: Sequence[StatementView]) -> list[StatementView]:
    """The named statement and, for an unnamed source, those it made just
    before it in an unbroken run of the article (``earlier`` in text
    order). A witness or insider the article does not name is there for one
    testimony, told over several sentences; a named official's statements
    are claims of their own, and "the organisers disputed that account"
    after a police chief's two statements disputes the last."""
    run = [named]
    if named.principal is not None:
        return run
    for view in reversed(earlier[: earlier.index(named)]):
        if not same_source(view, named):
            break
        run.append(view)
    return run


def referred_value(cue_value: str, value: StanceValue) -> StanceValue | None:
    """The stance of a reference whose cue reads ``cue_value`` (see
    ``cue_stances.tsv``) on what the named statement said, ``value``."""
    if value not in SIDE:
        return None
    if cue_value == "deny":
        return SIDE[value]
    if cue_value == "uncertain":
        return "uncertain"
    return value if cue_value == "affirm" else None
