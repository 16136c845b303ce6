"""Boundaries of statements with no named source (fictional sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a ", which ..." aside ending the hedged complement is the writer's
        (
            "Mayor Tolvar is expected to win the Harlow district, which has voted for her party since 1990.",
            "expected",
            "Mayor Tolvar is expected to win the Harlow district",
        ),
        (
            "The Brenna toll bridge appears to have lost money under Lisa Okonde, who ran the agency until May.",
            "appears",
            "The Brenna toll bridge appears to have lost money under Lisa Okonde",
        ),
    ],
)
def test_unsourced_content_ends_before_a_trailing_aside(nlp: Language, text: str, cue: str, content: str) -> None:
    assert (content, None) in statements(nlp(text), cue)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a second verb sharing the first one's subject hedges only its own complement
        (
            "Governor Halvik lost the Dorran primary and seemed to take hope from the early returns.",
            "seemed",
            "to take hope from the early returns",
        ),
        (
            "Senator Pell is touring Ostrava this week but is not expected to meet the mayor.",
            "is not expected",
            "to meet the mayor",
        ),
    ],
)
def test_unsourced_content_after_a_shared_subject_is_the_complement(nlp: Language, text: str, cue: str, content: str) -> None:
    assert (content, None) in statements(nlp(text), cue)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Ruddle was unsure why the Varga merger seemed to stall last winter.",
            "seemed",
            "why the Varga merger seemed to stall last winter",
        ),
        (
            "The lesson is that so far, in her first year, Mayor Ruddle seems to be steering the town carefully.",
            "seems",
            "that so far, in her first year, Mayor Ruddle seems to be steering the town carefully",
        ),
    ],
)
def test_a_hedged_clause_keeps_its_opening_word(nlp: Language, text: str, cue: str, content: str) -> None:
    assert (content, None) in statements(nlp(text), cue)
