"""Speaker spans stay inside one paragraph: a parse that hangs a timestamp, a
dateline or a heading onto the subject of the next paragraph's verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # the timestamp line is hung onto the name below it
        (
            "The ferry board met on Monday.\n\n11:05 a.m.\n\nMayor Velden is telling reporters that the bridge will reopen in May.",
            "telling",
            "Mayor Velden",
        ),
        ("3:19 p.m.\n\nCandidate Anna Brisk's campaign says the ferry fares will rise next year.", "says", "Candidate Anna Brisk's campaign"),
        # and so is a heading
        ("Harbour news\n\nThe ferry board's study of its accounts says fares will rise.", "says", "The ferry board's study of its accounts"),
        # the verb gets two subjects, the heading's and its own paragraph's
        (
            "The Latest on the harbour vote (all times local):\n\n11:05 a.m.\n\n"
            "Mayor Velden is telling reporters that the bridge will reopen in May.",
            "telling",
            "Mayor Velden",
        ),
        # a hard-wrapped line going on in lower case is no paragraph break
        (
            "Senator Olam Trest, who has called the plan a hate\ncrime, said the vote would fail.",
            "said",
            "Senator Olam Trest, who has called the plan a hate\ncrime",
        ),
    ],
)
def test_a_speaker_never_crosses_a_paragraph_break(nlp: Language, text: str, cue: str, speaker: str) -> None:
    assert [found for _, found in statements(nlp(text), cue)] == [speaker]
