"""A statement nested in another one whose cue is under a modal or "to"
is an act the outer statement foresees, not one reported: it is dropped,
unless words are to be said ("would deny"), whoever the outer speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # foreseen: the outer statement already holds it
        ("Dara Voss said Tomas Reil would admit that the ferry fees were too high.", "admit", []),
        ("It seems voters in Orvala will care more about the harbour than the levy.", "care more about", []),
        # reported: it happened, and it is his
        (
            "Dara Voss said Tomas Reil admitted that the ferry fees were too high.",
            "admitted",
            [("that the ferry fees were too high", "Tomas Reil")],
        ),
        # words to be said stay, foreseen or not
        (
            "Dara Voss said the inspectors would deny that the ferry fees were too high.",
            "deny",
            [("that the ferry fees were too high", "the inspectors")],
        ),
    ],
)
def test_foreseen_act_inside_a_statement(nlp: Language, text: str, cue: str, expected: list) -> None:
    assert statements(nlp(text), cue) == expected
