"""Unsourced raising and passive statements: which span is what is said."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a clause before a named subject is a neighbouring sentence, not the content
        (
            "Farmers in Velmora are not required to sell their grain; instead, they are expected to store it until spring.",
            "expected",
            "they are expected to store it until spring",
        ),
    ],
)
def test_unsourced_content(nlp: Language, text: str, cue: str, content: str) -> None:
    assert statements(nlp(text), cue) == [(content, None)]
