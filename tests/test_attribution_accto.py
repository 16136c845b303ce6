"""'According to X' placed after a clause: where the vouched-for content ends."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_according_to_does_not_vouch_for_what_follows_it(nlp: Language) -> None:
    doc = nlp("Halvard Brevik won 54 percent of the vote in Orvala, according to a tally by the Velden Courier, but his lead is narrowing.")
    assert statements(doc, "according to") == [
        ("Halvard Brevik won 54 percent of the vote in Orvala", "a tally by the Velden Courier")
    ]


def test_according_to_after_a_relative_clause_vouches_for_that_clause(nlp: Language) -> None:
    doc = nlp("Dalen Pruitt says the team can still close the gap in points, which stood at 12 entering Sunday's match, according to the league.")
    assert statements(doc, "according to") == [("which stood at 12 entering Sunday's match", "the league")]
    # and the outer statement ends before the clause
    assert statements(doc, "says") == [("the team can still close the gap in points", "Dalen Pruitt")]


def test_a_headline_tag_before_a_colon_is_not_a_speaker(nlp: Language) -> None:
    doc = nlp("Revealed: The harbour board sold the old ferry to a scrap dealer.\n\nShips left at dawn.")
    assert statements(doc, ":") == []


def test_a_headline_tag_after_its_article_is_not_a_speaker(nlp: Language) -> None:
    doc = nlp("THE LATEST: Orlo wins the harbour vote\n\nShips left at dawn.")
    assert statements(doc, ":") == []
