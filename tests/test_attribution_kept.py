"""Statements the stage finds and must not lose or merge into a neighbour."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


def said(nlp: Language, text: str) -> dict[str, str]:
    """cue -> content text (parts joined by " | ")."""
    return {
        a.cue: " | ".join(text[s:e] for s, e in (a.content_parts or [a.content_span]))
        for a in extract(nlp(text))
    }


def test_aside_relative_clause_is_its_own_statement(nlp: Language) -> None:
    text = "Senator Ilse Varga said the council would approve the bridge, which she called a waste of money."
    found = said(nlp, text)
    assert found["said"] == "the council would approve the bridge"
    assert found["called"] == "which | a waste of money"  # the relative word stands for the bridge


def test_relative_clause_about_its_noun_stays_inside(nlp: Language) -> None:
    # "who backs": the clause tells what its noun did, part of what Talvik said
    text = "Talvik said the plan was drafted by Ana Dorn, who backs the levy."
    assert said(nlp, text)["said"] == "the plan was drafted by Ana Dorn, who backs the levy"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Delmar backs higher tariffs; Orsa backs lower taxes.", "backs", "lower taxes"),
        ("Turnout was low in the north; Orsa blamed the weather.", "blamed", "the weather"),
    ],
)
def test_clause_before_a_verb_with_its_object_is_a_neighbour(nlp: Language, text: str, cue: str, content: str) -> None:
    found = [a for a in extract(nlp(text)) if a.cue == cue]
    assert text[slice(*found[-1].content_span)] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The bridge will reopen in May, Mayor Talvik told reporters.", "told", "The bridge will reopen in May"),
        ("We will win, she promised voters.", "promised", "We will win"),
        ("The tax is unfair, Orsa argued.", "argued", "The tax is unfair"),
    ],
)
def test_inverted_report_keeps_its_clause(nlp: Language, text: str, cue: str, content: str) -> None:
    assert said(nlp, text)[cue] == content
