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


def test_participle_before_a_bare_plural_is_an_adjective(nlp: Language) -> None:
    # "pledged" describes the delegates; the parser may still read it as a verb
    doc = nlp("The totals include pledged delegates and superdelegates.")
    assert statements(doc, "pledged") == []


def test_a_pledge_with_its_subject_is_still_reported(nlp: Language) -> None:
    doc = nlp("Councillor Brask pledged to reopen the ferry.")
    assert statements(doc, "pledged") == [("to reopen the ferry", "Councillor Brask")]


def test_a_place_that_sees_something_reports_nothing(nlp: Language) -> None:
    doc = nlp("The district saw forty applicants for the guild seats.")
    assert statements(doc, "saw") == []


def test_people_who_see_something_hold_a_view(nlp: Language) -> None:
    doc = nlp("Harbour residents see the toll as a threat.")
    assert statements(doc, "see") == [("the toll as a threat", "Harbour residents")]
    doc = nlp("The young ones do not see the truth about the toll.")
    assert statements(doc, "do not see") == [("the truth about the toll", "The young ones")]
