"""Speakers the parse hides: an infinitive's speaker under a verb that
acts on someone ("led analysts to question", "forced the council to
admit") is the person acted on, while a thing as object, or a verb of
meeting, leaves it to the verb's subject; a participle with no subject
names its speaker in a "by" phrase ("As reported by the Courier, ...")."""

from __future__ import annotations

import pytest

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("The ruling led analysts to question whether the levy would survive.", "question", [("whether the levy would survive", "analysts")]),
        ("The delay forced the council to admit that the budget had failed.", "admit", [("that the budget had failed", "the council")]),
        ("The leak prompted Mayor Orla Venn to deny that she had signed it.", "deny", [("that she had signed it", "Mayor Orla Venn")]),
        # a thing as object: the subject still speaks
        ("Mr. Dalt used the hearing to argue that the levy had failed.", "argue", [("that the levy had failed", "Mr. Dalt")]),
        # company, not a doer
        ("Ms. Prell joined two councillors to deny that the pier was unsafe.", "deny", [("that the pier was unsafe", "Ms. Prell")]),
    ],
)
def test_object_control(nlp, text, cue, expected):
    assert statements(nlp(text), cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("As reported by the Orvala Courier, the pier will close in May.", "reported", [("the pier will close in May", "the Orvala Courier")]),
        ("Asked by reporters whether he would run, Mayor Dalt said no.", "Asked", [("whether he would run", "reporters")]),
        # no "by" phrase: who asked is not named
        ("Asked whether he would run, Mayor Dalt said no.", "Asked", [("whether he would run", None)]),
    ],
)
def test_a_subjectless_participle_names_its_agent(nlp, text, cue, expected):
    assert statements(nlp(text), cue) == expected


def test_an_opening_participle_tagged_as_past_tense_names_no_asker(nlp):
    doc = nlp("Asked what a firm pledge looks like, Dorn replied: “We are a long way off from that.”")
    assert statements(doc, "Asked") == [("what a firm pledge looks like", None)]
