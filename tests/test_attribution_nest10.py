"""Nested statements that are not a different source's report."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_statement_inside_a_question_is_dropped(nlp: Language) -> None:
    # what a reporter asks about is nobody's claim: only the question is kept
    doc = nlp("Asked whether he believes the bridge will open in May, Mayor Oren Vasko smiled.")
    assert statements(doc, "believes") == []
    assert statements(doc, "Asked")


def test_reported_speech_inside_a_statement_stays(nlp: Language) -> None:
    doc = nlp("Councillor Ilse Marek said that a ferry pilot had told her the river was rising.")
    assert statements(doc, "told") == [("the river was rising", "a ferry pilot")]


def test_words_said_inside_a_question_stay(nlp: Language) -> None:
    doc = nlp("Asked whether he stood by his remarks of May 2, when he said the dam was safe, Mayor Oren Vasko smiled.")
    assert statements(doc, "said") == [("the dam was safe", "he")]
