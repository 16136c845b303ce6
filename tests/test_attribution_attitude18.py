"""Wants and intentions: what a progressive "looking for" seeks, and "may want to" as advice."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_a_progressive_look_for_states_what_the_subject_seeks(nlp: Language) -> None:
    doc = nlp("Marta Quill is looking for a partner who can run the ferry line.")
    assert statements(doc, "looking") == [("a partner who can run the ferry line", "Marta Quill")]


def test_look_for_after_an_adjective_is_no_goal(nlp: Language) -> None:
    doc = nlp("Things have been looking especially bleak for the Orvala guild.")
    assert statements(doc, "looking") == []


def test_what_a_subject_is_looking_for_is_no_statement_of_its_own(nlp: Language) -> None:
    doc = nlp("The harbour board reported a profit well below what traders were looking for.")
    assert statements(doc, "looking") == []


def test_may_want_to_is_advice_not_a_wish(nlp: Language) -> None:
    doc = nlp("Ferry owners in Velden may want to reconsider after this week.")
    assert statements(doc, "want") == []
    doc = nlp("Ferry owners in Velden want to reconsider the fares.")
    assert statements(doc, "want") == [("to reconsider the fares", "Ferry owners in Velden")]
