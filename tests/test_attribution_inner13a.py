"""Words spoken by the noun a relative clause hangs on, inside another statement."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


def test_relative_clause_reporting_words_is_its_own_statement(nlp: Language) -> None:
    text = "Talvik said the plan was backed by Ana Dorn, who argued that it would save money."
    found = {a.cue: a for a in extract(nlp(text))}
    outer, inner = found["said"], found["argued"]
    assert text[slice(*outer.content_span)] == "the plan was backed by Ana Dorn"  # ends before the aside
    assert text[slice(*inner.content_span)] == "that it would save money"
    assert inner.speaker_text == "who"


def test_relative_clause_with_an_attitude_stays_inside(nlp: Language) -> None:
    # an attitude or a thing: the writer telling who the noun is
    text = "Orsa Penn said she will vote for Lio Marek, who opposes the new levy."
    found = {a.cue: a for a in extract(nlp(text))}
    assert "opposes" not in found
    assert text[slice(*found["said"].content_span)] == "she will vote for Lio Marek, who opposes the new levy"
