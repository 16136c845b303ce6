"""Attitude and addressee frames: what an addressee is reminded of or told about."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

from rashomon.attribution import extract


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("In Tarvel, Mayor Ilsa Brenn reminded voters of the four years she had spent on the council.", "reminded",
         "of the four years she had spent on the council", "Mayor Ilsa Brenn"),
        ("Governor Odo Pranck told the staff about the coming audit.", "told", "about the coming audit", "Governor Odo Pranck"),
    ],
)
def test_what_an_addressee_is_reminded_of(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_a_likeness_is_no_reminder(nlp: Language) -> None:
    assert statements(nlp("The new bridge reminds me of the old harbour at Velden."), "reminds") == []


def test_an_indefinite_object_keeps_its_of_phrase(nlp: Language) -> None:
    assert all(not content.startswith("of ") for content, _ in statements(nlp("The panel asked Mira Talvo a series of questions."), "asked"))


def test_a_date_after_as_is_a_name(nlp: Language) -> None:
    doc = nlp("Mira Talvo won most of the contests known as Festival Week.")
    assert [[doc.text[a:b] for a, b in s.content_parts] for s in extract(doc) if s.cue == "known"] == [["the contests", "as Festival Week"]]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Farmers in Dolvik look to the senator for answers on the water plan.", "look", "the senator for answers on the water plan",
         "Farmers in Dolvik"),
        ("Ansel Berro is looking to the autumn vote.", "looking", "the autumn vote", "Ansel Berro"),
    ],
)
def test_what_an_intention_turns_to(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_a_look_with_no_subject_turns_to_nothing(nlp: Language) -> None:
    assert statements(nlp("Look to the harbour for the best view of Dolvik."), "Look") == []
