"""Lexicon nouns: "answer" and "response" with a clause or before a colon, "hopes for", "comments on"."""

from spacy.language import Language
from test_attribution_frames import statements


def test_an_owned_response_reports_its_clause(nlp: Language) -> None:
    doc = nlp("Mayor Tolvan's response was that the ferry would run on time.")
    assert statements(doc, "response") == [("that the ferry would run on time", "Mayor Tolvan")]


def test_an_answer_before_a_colon_is_what_its_giver_said(nlp: Language) -> None:
    doc = nlp("Councillor Brask gave a blunt answer: the bridge will not reopen this year.")
    assert statements(doc, "answer") == [("the bridge will not reopen this year", "Councillor Brask")]


def test_owned_hopes_for_report_what_is_wanted(nlp: Language) -> None:
    doc = nlp("The council ignored Mayor Tolvan's hopes for a new harbour.")
    assert statements(doc, "hopes for") == [("a new harbour", "Mayor Tolvan")]


def test_owned_comments_on_report_their_topic(nlp: Language) -> None:
    doc = nlp("Councillor Brask's comments on the ferry fares angered the guild.")
    assert statements(doc, "comments on") == [("the ferry fares", "Councillor Brask")]


def test_any_adjective_with_of_gives_a_persons_stance(nlp: Language) -> None:
    doc = nlp("Councillor Brask was deeply leery of the new quota.")
    assert statements(doc, "leery of") == [("the new quota", "Councillor Brask")]


def test_an_adjective_with_of_on_a_thing_is_no_stance(nlp: Language) -> None:
    doc = nlp("The old harbour was full of rusting boats.")
    assert statements(doc, "full of") == []
