"""Phrase cues where the annotators take a verb, a bare stance noun and its
preposition as the cue, and what the preposition governs as the statement."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Senator Varn has expressed support for the harbour toll.", "expressed support for", "the harbour toll"),
        ("Council members voiced concerns about the new levy.", "voiced concerns about", "the new levy"),
        ("Mayor Dalen expressed dismay at the council's handling of the audit.", "expressed dismay at",
         "the council's handling of the audit"),
    ],
)
def test_a_bare_stance_noun_joins_the_cue(nlp: Language, text: str, cue: str, content: str) -> None:
    found = statements(nlp(text), cue)
    assert [c for c, _ in found] == [content]


def test_an_owned_stance_noun_stays_in_the_statement(nlp: Language) -> None:
    doc = nlp("Council members voiced their support for the new levy.")
    assert [c for c, _ in statements(doc, "voiced")] == ["their support for the new levy"]


def test_an_interest_takes_its_gerund(nlp: Language) -> None:
    doc = nlp("Several museums have expressed interest in buying the old ferry.")
    assert [c for c, _ in statements(doc, "expressed interest in")] == ["buying the old ferry"]


def test_what_a_speech_is_aimed_at_is_the_statement(nlp: Language) -> None:
    doc = nlp("Mayor Dalen aimed her victory speech at the senator.")
    assert statements(doc, "aimed her victory speech at") == [("the senator", "Mayor Dalen")]
