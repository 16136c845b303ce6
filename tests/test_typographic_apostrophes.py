"""The typographic apostrophe ("didn\u2019t", as news sites mostly write it) reads
the same as the plain one, in the parse and in every word list."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from rashomon.claims import Proposition, StatementView, direction, prepare
from rashomon.claims.lexicon import content_terms, negation_pattern, phrases
from rashomon.claims.stance import cue_negated
from rashomon.nlp import NEGATIONS
from rashomon.temporal.cross_document import Dated, signature

CURLY = "\u2019"
BRIDGE = prepare(Proposition("p", "The Larch bridge was closed to trucks"))


def both(text: str) -> tuple[str, str]:
    """The text with the plain apostrophe and with the typographic one."""
    return text, text.replace("'", CURLY)


def test_a_typographic_not_is_a_negation_in_the_parse(nlp: Language) -> None:
    doc = nlp(f"The board hasn{CURLY}t denied that the ferry was sold.")
    assert [t.dep_ for t in doc if t.lower_ == f"n{CURLY}t"] == ["neg"]


def test_the_model_alone_reads_it_as_an_adverb(nlp: Language) -> None:
    """Why the component exists (if a new model reads it right, this says so)."""
    with nlp.select_pipes(disable=[NEGATIONS]):
        doc = nlp(f"The board hasn{CURLY}t denied that the ferry was sold.")
    assert [t.dep_ for t in doc if t.lower_ == f"n{CURLY}t"] == ["advmod"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The board hasn't denied that the ferry was sold.", "hasn't denied"),
        ("Ana Ruiz won't confirm that the pier will close.", "won't confirm"),
        ("Marlow didn't say whether the harbour would reopen.", "didn't say"),
    ],
)
def test_a_negated_cue_keeps_its_negation_with_either_apostrophe(nlp: Language, text: str, cue: str) -> None:
    for written, expected in zip(both(text), both(cue)):
        assert [s.cue for s in extract(nlp(written))] == [expected]


def test_negation_and_phrase_lists_match_either_apostrophe() -> None:
    for text in both("the ferry wasn't sold"):
        assert negation_pattern().search(text)
    for text in both("officials can't confirm the sale"):
        assert phrases("no_evidence.txt").search(text)
    plain, curly = both("the mayor didn't sell the ferry")
    assert content_terms(plain) == content_terms(curly)


@pytest.mark.parametrize(
    ("content", "kw", "expected"),
    [
        ("the Larch bridge wasn't closed to trucks", {}, "deny"),
        ("we can't confirm that the Larch bridge was closed to trucks", {}, "no_evidence"),
    ],
)
def test_stance_reads_either_apostrophe_alike(content: str, kw: dict[str, str], expected: str) -> None:
    for written in both(content):
        assert direction(StatementView("s", "d", written, "assert", **kw), BRIDGE) == expected  # type: ignore[arg-type]


def test_a_negation_before_the_cue_in_the_sentence_counts_with_either_apostrophe() -> None:
    for sentence in both("The mayor didn't deny that the bridge was closed."):
        view = StatementView("s", "d", "that the bridge was closed", "deny", sentence=sentence, cue="deny")
        assert cue_negated(view)


def test_the_same_statement_twice_has_one_signature() -> None:
    plain, curly = (Dated("s", "d", "Ruiz", text, "assert", False, None, None) for text in both("the pier isn't for sale"))
    assert signature(plain) == signature(curly)
