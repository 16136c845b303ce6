"""Political and legal action verbs added in the lexD13 sweep: acts that take
a side on what they govern ("X vetoed the bill", "X voted down the plan")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The governor vetoed the harbour bill on Friday.", "vetoed", "the harbour bill", "The governor"),
        ("The assembly ratified the fishing treaty last week.", "ratified", "the fishing treaty", "The assembly"),
        ("The appeals court overruled the harbour board.", "overruled", "the harbour board", "The appeals court"),
        ("The fishermen boycotted the auction in Orvala.", "boycotted", "the auction in Orvala", "The fishermen"),
        ("The union lobbied the council to keep the ferry running.", "lobbied", "the council to keep the ferry running", "The union"),
        ("A grand jury indicted Ivo Renk on bribery charges.", "indicted", "Ivo Renk on bribery charges", "A grand jury"),
        ("The tribunal invalidated the quarry permit.", "invalidated", "the quarry permit", "The tribunal"),
        ("Ivo Renk penned an essay defending the levy.", "penned", "an essay defending the levy", "Ivo Renk"),
        ("The council voted down the pier proposal.", "voted down", "the pier proposal", "The council"),
    ],
)
def test_action_verbs(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a noun, not the verb: nothing is written
        ("The pen was found on the ferry.", "pen"),
        # measured and left out: blocking a road or introducing a bill states no side
        ("The fishermen blocked the harbour road.", "blocked"),
        ("Ivo Renk introduced a bill to close the quarry.", "introduced"),
    ],
)
def test_left_out(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []
