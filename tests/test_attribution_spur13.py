"""Constructions that look like statements but report none (fictional sentences)."""

from __future__ import annotations

from test_attribution_frames import statements


def test_as_clause_with_an_infinitive_reports_nothing(nlp) -> None:
    # "continues to lead" tells what Varn does, not what she said
    assert statements(nlp("The harbor plan stalled again as Ilsa Varn continued to lead in the polls."), "continued") == []


def test_as_clause_reporting_the_main_clause_kept(nlp) -> None:
    assert statements(nlp("As the Orvala Courier reported, the harbor plan stalled again."), "reported") == [
        ("the harbor plan stalled again", "the Orvala Courier")
    ]


def test_cue_on_a_predicate_noun_reports_nothing(nlp) -> None:
    # the noun after "is" tells what the ferry is, not what the villagers said
    assert statements(nlp("The old ferry is the only thing the villagers remember."), "remember") == []


def test_cue_on_an_object_noun_kept(nlp) -> None:
    assert statements(nlp("Ilsa Varn printed the slogan the villagers remember."), "remember") == [("the slogan", "the villagers")]


def test_perception_as_a_purpose_reports_nothing(nlp) -> None:
    # he went there to watch her, not to report what he saw
    assert statements(nlp("Tomas Brel drove to Velden last week to see Ilsa Varn speak at the harbor."), "see") == []


def test_perception_of_a_clause_kept(nlp) -> None:
    assert statements(nlp("Tomas Brel saw that the harbor was closed."), "saw") == [("that the harbor was closed", "Tomas Brel")]
