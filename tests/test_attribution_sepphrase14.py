"""Phrase cues whose words the parse reads out of the usual shape."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_a_particle_read_as_an_adverb_still_takes_the_object(nlp: Language) -> None:
    # the parser reads "back" as an adverb, not a particle
    doc = nlp("An aide to Senator Orla Venn later walked back the remarks.")
    assert statements(doc, "walked back") == [("the remarks", "An aide to Senator Orla Venn")]


def test_two_adverbs_inside_a_phrase_cue(nlp: Language) -> None:
    doc = nlp("It is rare for a sitting judge to weigh in so publicly on a mayoral race.")
    assert statements(doc, "weigh in so publicly on") == [("a mayoral race", "a sitting judge")]


def test_a_topic_hung_on_whom_the_cue_was_said_to(nlp: Language) -> None:
    # the parser hangs "about" on "crowd"; it is still what they talk about
    doc = nlp("They are talking to a small crowd about ways to fix the old pier.")
    assert statements(doc, "talking to a small crowd about") == [("ways to fix the old pier", "They")]


def test_with_an_object_the_to_phrase_is_the_objects(nlp: Language) -> None:
    doc = nlp("Venn tweeted a link to a story about the ferry plan.")
    assert statements(doc, "tweeted") == [("a link to a story about the ferry plan", "Venn")]
