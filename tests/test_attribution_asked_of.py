"""An act asked of someone ("pressure is growing on the ministry to explain
...") is not done: no statement, and certainly none by "pressure"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract


@pytest.mark.parametrize(
    "text",
    [
        "Seven weeks after the flood, pressure is growing on the harbour board to explain what it spent.",
        "Pressure is mounting on the mayor to explain why the fund was empty.",
    ],
)
def test_an_act_asked_of_someone_is_no_statement(nlp: Language, text: str) -> None:
    assert [(a.cue, a.speaker_text) for a in extract(nlp(text))] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a subject that can act does what the infinitive says
        ("The mayor came to Velmar on Monday to explain that the fund was empty.", "The mayor"),
        # a named subject is someone, whatever its head word
        ("Longtime friend Ana Dorn appeared on Channel Four to explain that the fund was empty.", "Longtime friend Ana Dorn"),
    ],
)
def test_an_act_done_by_its_subject_is_kept(nlp: Language, text: str, speaker: str) -> None:
    assert [(a.cue, a.speaker_text) for a in extract(nlp(text))] == [("explain", speaker)]
