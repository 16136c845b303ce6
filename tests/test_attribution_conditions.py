"""A statement inside another that is only its condition, or a time yet to
come, has not been made by anyone: it is no statement of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract


@pytest.mark.parametrize(
    "text",
    [
        "Residents said they would not come back until the council tells them who shelled the town.",
        "The guild said it would back Olam Trest unless Ana Dorn disavows the levy.",
        "Ferry crews said they would strike if the board announced more cuts.",
    ],
)
def test_a_condition_inside_a_statement_is_not_said(nlp: Language, text: str) -> None:
    cues = [a.cue for a in extract(nlp(text))]
    assert cues == ["said"]


def test_a_statement_that_ended_a_wait_was_made(nlp: Language) -> None:
    # "until" a past event: Ana Dorn did say it
    text = "Olam Trest said he had stayed neutral until Ana Dorn said she was backing the levy."
    said = [(a.cue, a.parent is not None) for a in extract(nlp(text))]
    assert ("said", True) in said and len(said) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A harbour official, speaking on condition of anonymity because he was not authorised to discuss "
        "the inquiry, said the pier had been sabotaged.",
        "Officials, who were not authorized to speak publicly, said the talks had failed.",
    ],
)
def test_what_a_source_was_not_allowed_to_say_is_not_said(nlp: Language, text: str) -> None:
    # the reason a source goes unnamed, not a statement
    assert [a.cue for a in extract(nlp(text))] == ["said"]


def test_what_someone_was_allowed_to_say_stays(nlp: Language) -> None:
    text = "Ana Dorn was finally allowed to speak about the deal."
    assert [a.cue for a in extract(nlp(text))] == ["speak about"]
