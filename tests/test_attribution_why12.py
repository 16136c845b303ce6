"""Cue verbs whose speaker sits outside their own clause: an infinitive on a
ranked noun ("the first senator to endorse ...") or on a ground for it
("had every reason to criticize ..."); a passive verb known only from a
phrase ("X is widely regarded as Y")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # the clause's subject is the one ranked
        ("Marta Velden was the first senator to endorse Tomas Orvik.", "endorse", "Tomas Orvik", "Marta Velden"),
        ("Dalen is the only mayor to oppose the new tax.", "oppose", "the new tax", "Dalen"),
    ],
)
def test_a_ranked_noun_speaks_through_its_infinitive(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_an_unranked_noun_lends_no_speaker(nlp: Language) -> None:
    assert statements(nlp("Velden gave the council a plan to endorse the tax."), "endorse") == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Investigators in Orvala have no evidence to suggest that the mayor lied.", "suggest", "that the mayor lied", "Investigators in Orvala"),
        ("Marta Velden had every reason to criticize the budget.", "criticize", "the budget", "Marta Velden"),
    ],
)
def test_who_has_the_ground_speaks_through_its_infinitive(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def parts(nlp: Language, text: str, cue: str) -> list[list[str]]:
    """The pieces of each statement with this cue, as written."""
    return [[text[a:b] for a, b in s.content_parts] for s in extract(nlp(text)) if s.cue == cue]


def test_a_passive_known_only_from_a_phrase_says_something_of_its_subject(nlp: Language) -> None:
    text = "The Velden union is widely regarded as one of the more liberal in the movement."
    assert parts(nlp, text, "regarded as") == [["The Velden union", "one of the more liberal in the movement"]]


def test_a_phrase_ending_in_a_preposition_says_nothing_of_its_subject(nlp: Language) -> None:
    assert extract(nlp("The Orvala campaign is focused on the economy.")) == []


def test_a_participle_known_only_from_a_phrase_says_something_of_its_noun(nlp: Language) -> None:
    text = "Velden hired a lawyer widely regarded as the best in Orvala."
    assert parts(nlp, text, "regarded as") == [["a lawyer", "the best in Orvala"]]
