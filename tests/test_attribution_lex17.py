"""Lexicon lines mined from missed statements of the training split (lex17),
each kept for a net gain on train overlap and exact: verbs that take a side
("rip", "boo", "restrict", "debate"), a particle phrase ("sum up") and a
feeling phrase ("feel for"). Showing a thing is no statement: "display" paid
on train, but it swallowed what the shower said about the thing."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Councillor Ivo Renk ripped the harbour plan on Monday.", "ripped", "the harbour plan", "Councillor Ivo Renk"),
        ("Councillor Ivo Renk summed up the debate in one line.", "summed up", "the debate", "Councillor Ivo Renk"),
        ("As a fisher herself, Tilda Marsk felt for the crews.", "felt for", "the crews", "Tilda Marsk"),
        ("Fans booed the new harbour plan.", "booed", "the new harbour plan", "Fans"),
        ("The Velden council restricted night ferries.", "restricted", "night ferries", "The Velden council"),
        ("Councillors debated the harbour levy for three hours.", "debated", "the harbour levy", "Councillors"),
    ],
)
def test_lex17_cue(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # with no object the verb states nothing
        ("The storm ripped through the Velden harbour.", "ripped"),
        ("The Velden crews felt tired after the storm.", "felt"),
    ],
)
def test_no_statement(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []


def test_showing_a_thing_leaves_what_was_said_about_it(nlp: Language) -> None:
    doc = nlp("Mayor Ana Dorn on Friday displayed shards of a lamp that she said had been thrown at her office.")
    assert statements(doc, "displayed") == []
    [(content, speaker)] = statements(doc, "said")
    assert content.endswith("had been thrown at her office") and speaker == "she"
