"""Reporting nouns that hang their content off an unusual place: an
endorsement won, whose winner is who was endorsed, and stance nouns
("support for", "opposition to") with no owner named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_winning_an_endorsement_makes_the_winner_the_content(nlp: Language) -> None:
    doc = nlp("Last week Senator Orla Pemberton won the endorsement of the Tallis Teachers Union.")
    assert [content for content, _ in statements(doc, "won the endorsement")] == ["Senator Orla Pemberton"]


def test_an_endorsement_given_is_no_reception(nlp: Language) -> None:
    doc = nlp("The Tallis Teachers Union gave its endorsement to Senator Orla Pemberton.")
    assert [a.cue for a in extract(doc)] == []


def test_support_for_without_an_owner_is_a_statement(nlp: Language) -> None:
    doc = nlp("Support for the harbour tax has grown steadily in Velmora.")
    assert statements(doc, "Support for") == [("the harbour tax", None)]


def test_opposition_to_without_an_owner_is_a_statement(nlp: Language) -> None:
    doc = nlp("Opposition to the new toll bridge united the fishing villages.")
    assert statements(doc, "Opposition to") == [("the new toll bridge", None)]


def test_the_owner_of_a_predicate_noun_can_sit_in_a_relative_clause(nlp: Language) -> None:
    doc = nlp("The boldest promise Mayor Idris Kell has made is that the ferry will run all winter.")
    assert statements(doc, "promise") == [("that the ferry will run all winter", "Mayor Idris Kell")]


def test_an_open_question_needs_no_owner(nlp: Language) -> None:
    doc = nlp("The question is whether the Velmora council can pay for the new bridge.")
    assert statements(doc, "question") == [("whether the Velmora council can pay for the new bridge", None)]


def test_an_ownerless_predicate_noun_with_a_that_clause_is_no_statement(nlp: Language) -> None:
    assert statements(nlp("The hope is that the ferry will run all winter."), "hope") == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Councillor Brandt's disagreement with the harbour board grew louder.", "disagreement with", "the harbour board", "Councillor Brandt"),
        ("Mayor Kell never hid her dislike of the toll.", "dislike of", "the toll", "her"),
        ("The union's hostility toward the merger surprised nobody.", "hostility toward", "the merger", "The union"),
        ("Her swipe at the ferry operator drew laughter.", "swipe at", "the ferry operator", "Her"),
        ("The guild's backing of the ferry plan came late.", "backing of", "the ferry plan", "The guild"),
    ],
)
def test_stance_nouns_take_their_object_as_content(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]
