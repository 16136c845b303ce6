"""A statement nested in an embedded question ("had not explained why the
ministry denied the strike") is an act taken as known and asked about, not
a statement the outer one reports: it is dropped. The reason after "which is
why" and an answer after an elliptical "asked why," stay. Fictional sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("The monitors said the inquiry had not explained why the ministry denied the strike for two weeks.", "denied", []),
        ("Perrin said the board never explained how the council rejected the offer so quickly.", "rejected", []),
        # reported, not asked about
        ("Perrin said the council rejected the offer.", "rejected", [("the offer", "the council")]),
        (
            "Sales fell in the spring, which is why the managers now say that the plant will close.",
            "say",
            [("that the plant will close", "the managers")],
        ),
        (
            'When asked why, Ilse Varga replied in a letter: "The market stays open."',
            "replied",
            [('"The market stays open."', "Ilse Varga")],
        ),
    ],
)
def test_an_act_in_an_embedded_question_is_no_statement(nlp: Language, text: str, cue: str, expected: list) -> None:
    assert statements(nlp(text), cue) == expected
