"""Stance phrases: "X rallied in support of Y" is X's side on Y."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The farmers of Velden rallied in support of the new toll road.", "in support of", "the new toll road", "The farmers of Velden"),
        ("Dock workers marched in protest of the harbor fees.", "in protest of", "the harbor fees", "Dock workers"),
    ],
)
def test_a_stance_phrase(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_no_stance_phrase_after_be(nlp: Language) -> None:
    assert statements(nlp("Mayor Dalen is in favor of the new toll road."), "in favor of") == []


def test_no_stance_phrase_without_a_subject(nlp: Language) -> None:
    assert statements(nlp("The farmers, who rallied in support of the toll road, met again."), "in support of") == []
