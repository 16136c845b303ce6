"""Wish, cognition and feeling cues: "strive to", "strive for", "aspire to",
"opt to", "forgot that", "rethink", "underestimate", feelings with their
preposition ("dismayed at", "impressed with", "disappointed in") or alone
("aghast that")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Mayor Oskin strives to keep the ferry running all winter.", "strives",
         "to keep the ferry running all winter", "Mayor Oskin"),
        ("The Tellan growers' union strives for a fairer water quota.", "strives for",
         "a fairer water quota", "The Tellan growers' union"),
        ("Councillor Brisa Maund aspires to lead the harbour board.", "aspires",
         "to lead the harbour board", "Councillor Brisa Maund"),
        ("Ms. Varrow forgot that the depot had already been sold.", "forgot",
         "that the depot had already been sold", "Ms. Varrow"),
        ("The ports minister will rethink the toll increase.", "rethink", "the toll increase", "The ports minister"),
        ("Senator Hadley underestimated the fishermen's anger.", "underestimated",
         "the fishermen's anger", "Senator Hadley"),
        ("The farm unions remain dismayed at the new quota rules.", "dismayed at",
         "the new quota rules", "The farm unions"),
        ("Coach Ferrin was impressed with the youth squad's discipline.", "impressed with",
         "the youth squad's discipline", "Coach Ferrin"),
        ("The ferry union opted to delay the strike until spring.", "opted",
         "to delay the strike until spring", "The ferry union"),
        ("The growers' union, disappointed in the ruling, will appeal.", "disappointed in",
         "the ruling", "The growers' union"),
        ("Residents of Dunmore were aghast that the library would close.", "aghast",
         "that the library would close", "Residents of Dunmore"),
    ],
)
def test_wish_cognition_feeling_cues(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "forget" takes only a clause: an object is no statement
        ("Ms. Varrow forgot her umbrella at the depot.", "forgot"),
        # a bare "impressed" with no "with" is no cue of this row
        ("The youth squad impressed the visiting scouts.", "impressed"),
        # "opt" is a wish only with its infinitive
        ("Ms. Odell opted out of the race.", "opted"),
    ],
)
def test_no_statement(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []
