"""Nested statements that are not a different source's report."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Asked whether the council believes the bridge will open in May, Mayor Oren Vasko smiled.",
    "Asked whether she believes the bridge will open in May, Mayor Ida Vasko smiled.",
])
def test_statement_inside_a_question_is_dropped(nlp: Language, text: str) -> None:
    # what a reporter asks about is nobody's claim, whoever would hold it: only the question is kept
    doc = nlp(text)
    assert statements(doc, "believes") == []
    assert statements(doc, "Asked")


def test_reported_speech_inside_a_statement_stays(nlp: Language) -> None:
    doc = nlp("Councillor Ilse Marek said that a ferry pilot had told her the river was rising.")
    assert statements(doc, "told") == [("the river was rising", "a ferry pilot")]


def test_words_said_inside_a_question_stay(nlp: Language) -> None:
    doc = nlp("Asked whether he stood by his remarks of May 2, when he said the dam was safe, Mayor Oren Vasko smiled.")
    assert statements(doc, "said") == [("the dam was safe", "he")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Councillor Ilse Marek said she had spoken with the harbour master about accusations that the pier was unsafe.", "accusations"),
        ("Mayor Oren Vasko backed away from a suggestion that the ferry fares would rise.", "suggestion"),
    ],
)
def test_ownerless_noun_inside_a_statement_is_dropped(nlp: Language, text: str, cue: str) -> None:
    # a claim named by a noun with no one's name on it brings no source of its own
    assert statements(nlp(text), cue) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Councillor Ilse Marek said the video showed the guard pushing a driver.", "showed"),
        ("Councillor Ilse Marek said the results show that the bridge is popular.", "show"),
    ],
)
def test_evidence_cited_inside_a_statement_is_dropped(nlp: Language, text: str, cue: str) -> None:
    # what a video or a poll shows is the speaker's evidence, not another source's report
    doc = nlp(text)
    assert statements(doc, cue) == []
    assert statements(doc, "said")
