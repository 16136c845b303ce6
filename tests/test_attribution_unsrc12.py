"""Unsourced hedges: where the hedged statement begins and ends."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a relative clause with no relative word hedges its noun too
        (
            "The survey raises a question Marlow seemed to have settled years ago.",
            "seemed",
            "a question Marlow seemed to have settled years ago",
        ),
        # but not a noun that only says when
        (
            "It was the first time the mayor appeared to break with the council.",
            "appeared",
            "the mayor appeared to break with the council",
        ),
    ],
)
def test_the_bounds_of_a_hedged_statement(nlp: Language, text: str, cue: str, content: str) -> None:
    assert statements(nlp(text), cue) == [(content, None)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("That sounds like a lot of paperwork for the Dorvan council.", "sounds"),
        ("That seemed a strange choice for Marlow.", "seemed"),
    ],
)
def test_a_comment_on_what_came_before_is_no_hedge(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []
