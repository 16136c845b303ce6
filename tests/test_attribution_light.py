"""Copular and light-verb cues: stances read off a linking verb."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # an adjective the lexicon does not list: "about" still gives the stance's topic
        ("Mayor Velda Orrin was coy about the harbour deal.", "coy about", "the harbour deal", "Mayor Velda Orrin"),
        ("The Brenvik council remained vague about its budget plans.", "vague about", "its budget plans", "The Brenvik council"),
        # a contraction with a curly apostrophe, whose lemma spaCy leaves as written
        ("The fishermen said little. They’re coy about the harbour plan.", "coy about", "the harbour plan", "They"),
    ],
)
def test_any_adjective_with_about_gives_a_stance(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_it_holds_no_stance(nlp: Language) -> None:
    assert statements(nlp("It was strange about the harbour deal."), "strange about") == []


def test_a_reporting_noun_pointing_back_is_the_statement(nlp: Language) -> None:
    doc = nlp("Senator Hal Brisco made those comments at a rally in Velden.")
    assert statements(doc, "made") == [("those comments", "Senator Hal Brisco")]


def test_a_plain_reporting_noun_is_not(nlp: Language) -> None:
    assert statements(nlp("Senator Hal Brisco made his comments at a rally in Velden."), "made") == []
