"""Ordinary words for people hold a view; things do not (fictional sentences)."""

from spacy.language import Language
from test_attribution_frames import statements


def test_people_noun_holds_a_stance(nlp: Language) -> None:
    # "consultants" is neither a name nor a listed speaker: people_nouns.txt makes it one
    doc = nlp("Harbour consultants are generally leery of the new dredging quota.")
    assert statements(doc, "leery of") == [("the new dredging quota", "Harbour consultants")]


def test_thing_holds_no_stance(nlp: Language) -> None:
    doc = nlp("The mayor's speech was full of promises about the harbour.")
    assert statements(doc, "full of") == []
