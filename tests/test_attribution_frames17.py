"""Belief and perception frames, seventeenth session. Each kept for a net
gain on the training split (overlap and exact F1)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # a free relative taken "as" something: what, and what it is taken for
        (
            "The bidding closed on what Orlo Brandt described as a piece of history.",
            "described",
            "what Orlo Brandt described as a piece of history",
            "Orlo Brandt",
        ),
        (
            "The crews were angry at what they saw as contempt from the board.",
            "saw",
            "what they saw as contempt from the board",
            "they",
        ),
    ],
)
def test_free_relative_as(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


def test_free_relative_without_as(nlp: Language) -> None:
    # without "as" the free relative names a thing, not a view
    assert statements(nlp("The crews were angry at what the board proposed."), "proposed") == []


def test_share_backing_another_side_goes_on(nlp: Language) -> None:
    # "while 23 percent favored Y": the same finding, not a statement of its own
    doc = nlp("A Velden poll found that 28 percent of likely voters supported Orlo, while 23 percent favored Renk.")
    assert statements(doc, "found") == [("that 28 percent of likely voters supported Orlo, while 23 percent favored Renk", "A Velden poll")]
    assert statements(doc, "favored") == []
    # a named side is a statement of its own
    doc = nlp("Orlo said the ferry was late, while Renk favored the new timetable.")
    assert statements(doc, "said") == [("the ferry was late", "Orlo")]
    assert statements(doc, "favored") == [("the new timetable", "Renk")]


def test_contrast_hung_on_a_finding(nlp: Language) -> None:
    # the parser hangs the "while" clause on "found": it is more of the finding
    doc = nlp("A Velden poll found last week that Orlo would beat Brandt 46 to 40 percent, while Renk would beat him 52 to 38 percent.")
    assert statements(doc, "found") == [
        ("that Orlo would beat Brandt 46 to 40 percent, while Renk would beat him 52 to 38 percent", "A Velden poll")
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Renk sees Mayor Orlo as captured by a narrow clique.", "sees", "Mayor Orlo as captured by a narrow clique", "Renk"),
        ("The guild described the levy as marked by haste.", "described", "the levy as marked by haste", "The guild"),
    ],
)
def test_object_taken_as_participle(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    # a participle the parser hung as a clause under "as" is what the object is taken for
    assert (content, speaker) in statements(nlp(text), cue)
