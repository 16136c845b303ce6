"""Cues added because annotators mark most of their uses: verb +
preposition pairs, and verbs whose subject owns the attack they launch."""

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


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Senator Rald Ommer launched an attack against the toll plan.", "attack against", "the toll plan", "Senator Rald Ommer"),
        ("The ferry union unleashed fresh attacks against the harbour board.", "attacks against", "the harbour board", "The ferry union"),
    ],
)
def test_launched_attack_is_the_subjects(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("They’re supportive of the new pier.", "supportive of", "the new pier", "They"),
        ("She’s critical of the toll plan.", "critical of", "the toll plan", "She"),
    ],
)
def test_curly_contraction_links_like_be(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)
