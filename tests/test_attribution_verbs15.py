"""Known reporting verbs that found no statement (session 15): an estimate
that puts a thing at a figure ("the survey puts her support at 12 percent"),
a clause the parse cut off the cue ("Ana Ruiz, who brags she has ..."),
and an inverted speaker read as the cue's object ("..., wrote Olam Trest")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The Marlow Courier put the cost of the new harbour at $40 million.",
         "put", "the cost of the new harbour at $40 million", "The Marlow Courier"),
        ("A survey by the Orlen harbour board puts Ana Ruiz's support among dock workers at 35 percent.",
         "puts", "Ana Ruiz's support among dock workers at 35 percent", "A survey by the Orlen harbour board"),
        ("The coast guard's estimate put the toll closer to 300 boats.",
         "put", "the toll closer to 300 boats", "The coast guard's estimate"),
    ],
)
def test_an_estimate_puts_a_thing_at_a_figure(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


def test_putting_a_thing_somewhere_is_no_statement(nlp: Language) -> None:
    assert statements(nlp("Olam Trest put the boxes at the back of the shed."), "put") == []


def test_a_clause_the_parse_cut_off_the_cue(nlp: Language) -> None:
    # the parser reads "he has held ..." as the sentence's own verb, with "Trest" its subject
    text = "Trest, who brags he has held more than 100 meetings in Marlow, does not pretend that his campaign will last."
    assert [content for content, _ in statements(nlp(text), "brags")] == ["he has held more than 100 meetings in Marlow"]


def test_an_inverted_speaker_read_as_the_object(nlp: Language) -> None:
    # the parser makes "Olam Trest" the object of "wrote"
    text = "The ferry will resume in May, wrote Olam Trest on his blog."
    assert statements(nlp(text), "wrote") == [("The ferry will resume in May", "Olam Trest")]
