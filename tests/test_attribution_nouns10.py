"""Reporting nouns whose "of" phrase is what their owner said."""

from spacy.language import Language
from test_attribution_frames import statements


def test_an_owned_reporting_noun_reports_its_of_phrase(nlp: Language) -> None:
    doc = nlp("Mayor Tolvan's announcement of the new ferry schedule surprised the council.")
    assert statements(doc, "announcement of") == [("the new ferry schedule", "Mayor Tolvan")]


def test_an_unowned_reporting_noun_reports_no_of_phrase(nlp: Language) -> None:
    doc = nlp("The announcement of the new ferry schedule surprised the council.")
    assert statements(doc, "announcement of") == []
