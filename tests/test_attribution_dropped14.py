"""Statements extract() drops after the finders found them: what
respondents said inside a poll's statement."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "According to the Vale Institute poll, 40 percent of voters said they would back the levy.",
        "The Vale Institute survey found that 40 percent of voters said they would back the levy.",
    ],
)
def test_respondents_answers_are_the_polls_finding(nlp: Language, text: str) -> None:
    assert statements(nlp(text), "said") == []


def test_words_reported_by_a_person_stay(nlp: Language) -> None:
    doc = nlp("According to Mayor Ilse Brandt, 40 percent of voters said they would back the levy.")
    assert statements(doc, "said") == [("they would back the levy", "40 percent of voters")]
