"""Where an indirect content ends."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Councillor Edda Morvik said the ferry fares were too high and wants the harbour board to cut them.",
            "said",
            "the ferry fares were too high and wants the harbour board to cut them",
        ),
        (
            "The union said its members had lost patience and believes the mill owners will give in.",
            "said",
            "its members had lost patience and believes the mill owners will give in",
        ),
    ],
)
def test_a_coordinated_wish_or_belief_stays_in_the_content(nlp: Language, text: str, cue: str, content: str) -> None:
    assert [c for c, _ in statements(nlp(text), cue)] == [content]


def test_a_coordinated_reporting_verb_still_ends_the_content(nlp: Language) -> None:
    text = "Councillor Edda Morvik said the ferry fares were too high and warned the harbour board to cut them."
    assert [c for c, _ in statements(nlp(text), "said")] == ["the ferry fares were too high"]
