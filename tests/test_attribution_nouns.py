"""Noun-anchored statements: a reporting noun's frame with no owner named,
and a noun content that ends before a ", which ..." aside."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

from test_attribution_speakers import text_of

pytestmark = pytest.mark.slow


def statements(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, content, speaker) of every statement, as written."""
    return [(a.cue, text_of(text, a.content_span), text_of(text, a.speaker_span)) for a in extract(nlp(text))]


def test_reporting_noun_frame_without_an_owner(nlp: Language) -> None:
    text = "Questions about the harbour budget remain."
    assert ("Questions about", "the harbour budget", None) in statements(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Attacks on the ferry depot continued overnight.",  # blows, not words
        "Supporters of the toll gathered at the quay.",  # a crowd, not a statement
    ],
)
def test_topic_only_noun_needs_an_owner(nlp: Language, text: str) -> None:
    assert statements(nlp, text) == []


def test_noun_content_ends_before_a_which_aside(nlp: Language) -> None:
    text = "Mayor Quist's criticism of the harbour budget, which passed in May, surprised the council."
    assert ("criticism of", "the harbour budget", "Mayor Quist") in statements(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Brevik's opposition to the ferry toll grew.", ("opposition to", "the ferry toll", "Brevik")),
        ("Orlo's remarks about the quay angered the fishermen.", ("remarks about", "the quay", "Orlo")),
    ],
)
def test_more_noun_frames(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in statements(nlp, text)


def test_no_ownerless_frame_under_a_negated_verb(nlp: Language) -> None:
    # nobody need have asked: the sentence says only that none were taken
    text = "The harbour master did not take questions about the ferry toll."
    assert not [s for s in statements(nlp, text) if s[0] == "questions about"]


def test_a_that_the_parser_took_for_an_object_still_opens_the_content(nlp: Language) -> None:
    # "given" has an object of its own ("the order"), so "that" only opens the clause
    text = "The harbour board\u2019s denial that Mayor Quist had given the order angered the crowd."
    assert ("denial", "that Mayor Quist had given the order", "The harbour board") in statements(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The claim that the ferryman made angered the crowd.",
        "The claim that Mayor Quist made at the quay was false.",
        "The warning that the harbour council issued came too late.",
    ],
)
def test_a_that_standing_for_the_noun_opens_no_content(nlp: Language, text: str) -> None:
    # "made" voices a statement and has no object, so "that" is its object: the claim is referred to, not stated
    assert not [s for s in statements(nlp, text) if s[0] in ("claim", "warning")]


def test_a_voicing_verb_with_an_object_still_opens_the_content(nlp: Language) -> None:
    text = "The warning that the harbour council issued a fine came too late."
    assert ("warning", "that the harbour council issued a fine", None) in statements(nlp, text)


def test_a_fronted_claim_is_not_the_claim_of_whoever_calls_it_false(nlp: Language) -> None:
    # the parser reads the fronted clause as "said"'s object; the union says the claim is false, it does not make it
    text = "The claim that the ferryman made a payment was false, the union said."
    assert not [s for s in statements(nlp, text) if s[0] == "claim" and s[2] == "the union"]
    assert ("said", "The claim that the ferryman made a payment was false", "the union") in statements(nlp, text)
