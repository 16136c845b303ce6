"""Feeling verbs read from their object ("the remark worried analysts") and
setting phrases with another preposition than "in" ("under state law")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The new tariff worried several Brindlemark farmers.", "worried", "The new tariff", "several Brindlemark farmers"),
        ("The price spikes now worrying traders in Palmora were set off by the drought.", "worrying", "The price spikes",
         "traders in Palmora"),
        ("Officials worry that the dam will fail.", "worry", "that the dam will fail", "Officials"),
        ("The mayor's new levy has unsettled many shopkeepers.", "unsettled", "The mayor's new levy", "many shopkeepers"),
    ],
)
def test_feeling_held_by_object(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


def test_pronoun_subject_reads_nothing(nlp: Language) -> None:
    assert statements(nlp("That is the one thing which worries me."), "worries") == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Under Varnish law, candidates trailing by a small margin have the right to a recount.", "Under",
         "candidates trailing by a small margin have the right to a recount", "Varnish law"),
        ("By the Tarnow Herald's tally, Verin now has 312 delegates.", "By", "Verin now has 312 delegates",
         "the Tarnow Herald's tally"),
    ],
)
def test_opening_setting(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_opening_setting_needs_a_listed_noun(nlp: Language) -> None:
    assert statements(nlp("By the end of the week, Verin had 312 delegates."), "By") == []


def test_closing_per(nlp: Language) -> None:
    doc = nlp("She had been living with her aunt in Varnel, having moved there years ago, per the Tarnow Herald.")
    assert statements(doc, "per") == [
        ("She had been living with her aunt in Varnel, having moved there years ago", "the Tarnow Herald")
    ]


def test_per_as_a_rate_is_no_source(nlp: Language) -> None:
    assert statements(nlp("Prices in Varnel rose by 3 percent per year."), "per") == []
