"""Statements with no named source: a time phrase after a hedged complement
is the writer's (fictional sentences)."""

from __future__ import annotations

import pytest
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # "after" / "when" say when it seemed so, not what seemed so
        ("The harbour board appeared to be on the rise after a strong showing in Velmar.", "appeared", "The harbour board appeared to be on the rise"),
        ("Oren Malk seemed confident after the vote in Velmar.", "seemed", "Oren Malk seemed confident"),
        ("Tova Renk seemed to be of two minds on Tuesday when she gave a speech in Orvala.", "seemed", "Tova Renk seemed to be of two minds on Tuesday"),
        # "before" often belongs to what is expected: it stays
        ("The harbour board was expected to vote before the storm.", "expected", "The harbour board was expected to vote before the storm"),
    ],
)
def test_time_phrase_ends_hedge(nlp, text: str, cue: str, content: str) -> None:
    assert (content, None) in statements(nlp(text), cue)

