"""Statements whose speaker is empty or lies higher up in the sentence (issue #3)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


def speakers(nlp: Language, text: str, cue: str) -> list[tuple[str | None, str]]:
    """Speaker as written and source kind of each statement with this cue."""
    return [
        (text[a.speaker_span[0] : a.speaker_span[1]] if a.speaker_span else None, a.source_kind)
        for a in extract(nlp(text))
        if a.cue == cue
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It is important to note that the Varlen council has not approved the dam.", "note"),
        ("It's hard to know whether the Varlen council will approve the dam.", "know"),
        ("It is worth remembering that the Varlen council rejected the dam twice.", "remembering"),
    ],
)
def test_placeholder_it_is_no_speaker(nlp: Language, text: str, cue: str) -> None:
    assert speakers(nlp, text, cue) == [(None, "unnamed")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The Varlen ministry met on Monday. It said that the dam was safe.", "said"),
        ("The Varlen ministry met on Monday. It has been careful to deny that the dam leaked.", "deny"),
    ],
)
def test_referring_it_keeps_its_speaker(nlp: Language, text: str, cue: str) -> None:
    assert speakers(nlp, text, cue) == [("It", "pronoun")]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Senator Halva Morrin avoided direct criticism of the Tressa board.", "criticism of", "Senator Halva Morrin"),
        ("A group of Varlen farmers is tweeting support for the new levy.", "support for", "A group of Varlen farmers"),
        ("Senator Halva Morrin faced sharp criticism of the Tressa levy.", "criticism of", None),
    ],
)
def test_ownerless_noun_belongs_to_the_subject_of_its_verb(nlp: Language, text: str, cue: str, speaker: str | None) -> None:
    assert [who for who, _ in speakers(nlp, text, cue)] == [speaker]
