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


def test_a_participle_without_a_comma_stays_in_the_content(nlp: Language) -> None:
    text = "Officials said residents had gathered outside the hall calling for new elections."
    assert [c for c, _ in statements(nlp(text), "said")] == [
        "residents had gathered outside the hall calling for new elections"
    ]


def test_a_participle_after_a_comma_is_a_statement_of_its_own(nlp: Language) -> None:
    text = "Inspector Halvard Lunde said the dam had cracked, warning villagers to leave."
    assert [c for c, _ in statements(nlp(text), "said")] == ["the dam had cracked"]
