"""Where a verb cue's content ends: a coordinated wish with a clause of its
own ("... but did not recommend that Y")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow

CONCLUDED = "The panel concluded that the mayor had been careless with the funds, but did not recommend that she resign."


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a wish with its own auxiliary and clause is a second statement
        (CONCLUDED, "concluded", [("that the mayor had been careless with the funds", "The panel")]),
        (CONCLUDED, "did not recommend", [("that she resign", "The panel")]),
    ],
)
def test_content_end(nlp: Language, text: str, cue: str, expected: list[tuple[str, str]]) -> None:
    assert statements(nlp(text), cue) == expected
