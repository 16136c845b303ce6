"""Reporting nouns a voicing verb takes, with an "about" or "on" phrase."""

from __future__ import annotations

from spacy.language import Language
from test_attribution_frames import statements


def test_a_voiced_statement_says_what_its_about_phrase_names(nlp: Language) -> None:
    doc = nlp("Councillor Brenna Tolliver made a statement about the harbour plan on Monday.")
    assert statements(doc, "statement about") == [("the harbour plan", "Councillor Brenna Tolliver")]


def test_a_statement_no_verb_voices_has_no_topic(nlp: Language) -> None:
    doc = nlp("The statement about the harbour plan was printed on Monday.")
    assert statements(doc, "statement about") == []
