"""Colon lines opened by a cry, and a reporting noun with an owner before a colon."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_cry_before_a_headline_colon_is_no_speaker(nlp: Language) -> None:
    doc = nlp("Wow: Mara Velden Just Told Tomas Brevik What She Really Thinks Of The Toll.\n\nThe mayor spoke on Monday.")
    assert statements(doc, ":") == []


def test_one_word_headline_name_still_speaks(nlp: Language) -> None:
    doc = nlp("Velden: The harbour toll will fall next year.\n\nThe mayor spoke on Monday.")
    assert statements(doc, ":") == [("The harbour toll will fall next year", "Velden")]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The dockers have lost again. Their argument: Only a new council can lower the toll.", "argument", "Only a new council can lower the toll", "Their"),
        ("The guild sent the mayor a blunt message: The toll must go by spring.", "message", "The toll must go by spring", "The guild"),
    ],
)
def test_owned_reporting_noun_before_a_colon(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


def test_reporting_noun_without_an_owner_introduces_no_statement(nlp: Language) -> None:
    doc = nlp("Velden won two wards with more than 60% support: the harbour and the old town.")
    assert statements(doc, "support") == []
