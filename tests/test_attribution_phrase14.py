"""A reporting infinitive on what its speaker has: "X had nothing bad to say
about Y" (session 14)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("In the end, Mayor Orsolya Vint had nothing bad to say about the harbour plan.",
         "had nothing bad to say about", "the harbour plan", "Mayor Orsolya Vint"),
        ("Councillor Brem Talliard will have more to say about the levy next week.",
         "have more to say about", "the levy", "Councillor Brem Talliard"),
    ],
)
def test_what_the_speaker_has_to_say_about(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


def test_having_a_thing_to_do_is_no_statement(nlp: Language) -> None:
    assert statements(nlp("The Velden council had a lot of work to do about the flooding."), "had a lot of work to do about") == []
