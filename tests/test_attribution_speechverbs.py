"""Speech verbs the parse hides: a finite verb hung on a noun root."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # the parser makes "Velden" the root and "called" a modifier of it
        ('Speaking at a rally in Ostrava on Monday, Velden called Marsh, his Labour rival, a "fraud."',
         "called", 'Marsh, his Labour rival, a "fraud."', "Velden"),
        ("Marla Velden's campaign called the Courier's report a \"rush to judgment.\"",
         "called", 'the Courier\'s report a "rush to judgment."', "Marla Velden's campaign"),
    ],
)
def test_a_verb_under_a_noun_root_is_the_sentence_verb(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # a story is what was told, not whom it was told to
        ("The exit polls tell a different story.", "tell", "a different story", "The exit polls"),
        ("She told reporters a joke.", "told", "a joke", "She"),
        # "the story of X": X is what was told
        ("In his farewell, Dalen told the story of a nurse in Orvala who had voted for him.",
         "told", "a nurse in Orvala who had voted for him", "Dalen"),
    ],
)
def test_a_story_is_what_was_told(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize("text", ["The race was called on Tuesday night.", "The council vote was called off."])
def test_a_bare_passive_naming_verb_says_nothing(nlp: Language, text: str) -> None:
    assert statements(nlp(text), "called") == [] and statements(nlp(text), "called off") == []


def test_a_passive_naming_verb_with_its_name_is_a_statement(nlp: Language) -> None:
    assert statements(nlp("The plan was called a disaster."), "called") == [("The plan was called a disaster", None)]
