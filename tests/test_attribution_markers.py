"""A reporting verb inside a discourse marker that opens a sentence ("That
said,", "Having said that,") is the writer turning to the next point: no one's
statement (``discourse_markers.txt``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract


@pytest.mark.parametrize(
    "text",
    [
        "That said, a loss in the harbour ward would be a sour end to the mayor's campaign.",
        "Having said that, the council will vote on the pier on Friday.",
        "But that said, the ferry fares are likely to rise again.",
    ],
)
def test_a_discourse_marker_is_no_statement(nlp: Language, text: str) -> None:
    assert extract(nlp(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "That being said, Ana Dorn insisted the vote would pass.",
        # the parser takes "that" for a second subject of "insisted": the
        # subject past the comma is the verb's own
        "But that being said, Ana Dorn insisted the vote would pass.",
    ],
)
def test_the_statement_after_a_marker_is_kept(nlp: Language, text: str) -> None:
    found = [(a.cue, a.speaker_text) for a in extract(nlp(text))]
    assert found == [("insisted", "Ana Dorn")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ana Dorn said that, in her view, the vote would pass.", "that, in her view, the vote would pass"),
        ("That, Olam Trest said, is a lie.", "That, Olam Trest said, is a lie"),
    ],
)
def test_a_said_that_is_still_a_statement(nlp: Language, text: str, content: str) -> None:
    found = [text[a.content_span[0] : a.content_span[1]] for a in extract(nlp(text))]
    assert found == [content]
