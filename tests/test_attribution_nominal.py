"""Attributions anchored on a noun or an adjective: noun frames with a
preposition ("her criticism of the plan"), stance adjectives ("X is confident
that ..."), and the verb fixes measured with them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


def statements(nlp: Language, text: str) -> list[tuple[str, str, str | None, str]]:
    """(cue, content, speaker, cue class) of every statement, as written."""
    return [
        (
            a.cue,
            text[a.content_span[0] : a.content_span[1]],
            text[a.speaker_span[0] : a.speaker_span[1]] if a.speaker_span else None,
            a.cue_class,
        )
        for a in extract(nlp(text))
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mayor Quist's criticism of the harbour budget surprised the council.",
            ("criticism of", "the harbour budget", "Mayor Quist", "accuse"),
        ),
        (
            "The Velden council voiced concern about the new toll on the bridge.",
            ("concern about", "the new toll on the bridge", "The Velden council", "feel"),
        ),
        (
            "Brevik renewed his attack on the ferry contract.",
            ("attack on", "the ferry contract", "his", "accuse"),
        ),
    ],
)
def test_noun_frame_with_an_owner(nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in statements(nlp, text)


def test_noun_frame_owner_must_voice_it(nlp: Language) -> None:
    # the mayor is criticised, not criticising: the criticism has no named source
    text = "The mayor faced criticism of the harbour budget."
    assert ("criticism of", "the harbour budget", None, "accuse") in statements(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The harbour master is confident that the new quay will open in May.",
            ("confident", "that the new quay will open in May", "The harbour master", "believe"),
        ),
        (
            "Councillor Tamsin Orlo was critical of the ferry timetable.",
            ("critical of", "the ferry timetable", "Councillor Tamsin Orlo", "accuse"),
        ),
        (
            "Fishermen in Velden remain wary of the new quota.",
            ("wary of", "the new quota", "Fishermen in Velden", "feel"),
        ),
    ],
)
def test_stance_adjective(nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in statements(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "It is certain that the quay will open in May.",  # "it" names no one
        "The harbour master is proud.",  # no content
    ],
)
def test_stance_adjective_needs_a_holder_and_a_content(nlp: Language, text: str) -> None:
    assert statements(nlp, text) == []


def test_as_clause_with_an_object_keeps_its_object(nlp: Language) -> None:
    text = "Quist waved to the crowd as she congratulated the new harbour master."
    [(cue, content, speaker, _)] = statements(nlp, text)
    assert (cue, speaker) == ("congratulated", "she")
    assert content == "the new harbour master"


def test_subject_reached_through_an_adjective_and_a_preposition(nlp: Language) -> None:
    text = "Mayor Quist was quick in denying that the ferry had been sold."
    assert ("denying", "that the ferry had been sold", "Mayor Quist", "deny") in statements(nlp, text)


def test_a_statement_saying_is_said_by_whoever_issued_it(nlp: Language) -> None:
    text = "The harbour board issued a statement saying that the quay was safe."
    assert ("saying", "that the quay was safe", "The harbour board", "assert") in statements(nlp, text)


def test_a_statement_saying_keeps_its_owner(nlp: Language) -> None:
    text = "Quist read out the council's letter saying that the ferry would run again."
    assert ("saying", "that the ferry would run again", "the council", "assert") in statements(nlp, text)


def test_publishing_a_piece_is_no_statement_but_publishing_a_claim_is(nlp: Language) -> None:
    assert statements(nlp, "The Velden Courier published an interview with the harbour master.") == []
    text = "The Velden Courier later published that the harbour master would resign."
    assert ("published", "that the harbour master would resign", "The Velden Courier", "report") in statements(nlp, text)


def test_a_reporting_noun_before_be_and_a_clause(nlp: Language) -> None:
    text = "The council's fear was that the ferry would stop running."
    assert ("fear", "that the ferry would stop running", "The council", "feel") in statements(nlp, text)
