"""Parse repairs: a speaker the parser took into a phrase before the cue."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In a meeting with the editorial board of the Harbour Post Velden said that the fund was empty.", "Velden"),
        ("In an interview with the Harbour Post Marta Velden said that the fund was empty.", "Marta Velden"),
    ],
)
def test_a_name_swallowed_by_the_opening_phrase_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert statements(nlp(text), "said") == [("that the fund was empty", speaker)]
