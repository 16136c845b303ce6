"""A feeling verb in the passive: its subject holds the view, and the "by"
agent is what the view is about, unlike a reporting verb's agent."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_the_subject_of_a_passive_feeling_verb_holds_the_view(nlp: Language) -> None:
    doc = nlp("Farmers in Orvala were troubled by the new water tax.")
    assert statements(doc, "troubled by") == [("the new water tax", "Farmers in Orvala")]


def test_a_reporting_verb_agent_still_speaks(nlp: Language) -> None:
    doc = nlp("The closure of the Velden mill was first reported by the Orvala Courier.")
    assert statements(doc, "reported") == [("The closure of the Velden mill", "the Orvala Courier")]


def test_a_feeling_participle_after_its_noun(nlp: Language) -> None:
    doc = nlp("Last spring, Velden officials, worried by the rise in flood claims, hired new inspectors.")
    assert statements(doc, "worried by") == [("the rise in flood claims", "Velden officials")]
    assert statements(doc, "worried") == []
