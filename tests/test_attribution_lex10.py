"""Verb + preposition cues added because annotators mark most of their uses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Councillor Ines Marlo admitted to misreading the harbour budget.", "admitted to", "misreading the harbour budget", "Councillor Ines Marlo"),
        ("The two ferry unions agreed on a new timetable.", "agreed on", "a new timetable", "The two ferry unions"),
        ("Mayor Olek Trand worries about the cost of the new pier.", "worries about", "the cost of the new pier", "Mayor Olek Trand"),
    ],
)
def test_phrase_cues(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)
