"""An attitude in the subject of an indirect report that holds a clause or
names someone is news told on the way to the report (fictional sentences)."""

from __future__ import annotations

import pytest
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Mayor Ilsa Varn, who endorsed Toma Rell in May, said the harbor would reopen.", "endorsed", "Toma Rell", "who"),
        ("Ilsa Varn, who thinks the ferry levy failed, said the towns would vote again.", "thinks", "the ferry levy failed", "who"),
    ],
)
def test_news_in_the_subject_of_a_report(nlp, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # after the cue, the writer says who the speaker is
        '"The harbor will reopen," said Ilsa Varn, who endorsed Toma Rell in May.',
        # before a quote, likewise
        'Ilsa Varn, who endorsed Toma Rell in May, said: "The harbor will reopen."',
    ],
)
def test_describing_a_speaker_still_dropped(nlp, text: str) -> None:
    assert statements(nlp(text), "endorsed") == []
