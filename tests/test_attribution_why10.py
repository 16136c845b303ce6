"""Cues in subordinate positions: whose infinitive an effort noun carries."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Councillor Mera used the debate as an opportunity to condemn the toll.", "condemn", "the toll", "Councillor Mera"),
        ("Senator Orvik's effort to condemn the toll drew little notice.", "condemn", "the toll", "Senator Orvik"),
    ],
)
def test_who_makes_an_effort_speaks_through_its_infinitive(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_an_effort_to_show_is_no_statement(nlp: Language) -> None:
    assert statements(nlp("Mayor Dalen made an effort to show the bridge to the visitors."), "show") == []
