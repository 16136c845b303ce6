"""Stance adjectives, fourth sweep: a clause the parser hangs on the linking
verb, negated adjectives kept as written, and new adjective frames."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_nouns import statements

pytestmark = pytest.mark.slow


def test_clause_hung_on_the_linking_verb(nlp: Language) -> None:
    text = "The ferry captain was adamant that the ferry would keep running."
    assert ("adamant", "that the ferry would keep running", "The ferry captain") in statements(nlp, text)


def test_negated_adjective_is_kept_with_its_negation(nlp: Language) -> None:
    text = "The harbour board is not sure that the quay will open."
    assert ("is not sure", "that the quay will open", "The harbour board") in statements(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Some fishermen remained skeptical that the quota would be lifted.",
            ("skeptical", "that the quota would be lifted", "Some fishermen"),
        ),
        (
            "Voters in Velden remain divided on whether the bridge should be rebuilt.",
            ("divided on", "whether the bridge should be rebuilt", "Voters in Velden"),
        ),
        (
            "The Orlo Trust remains devoted to saving the old lighthouse.",
            ("devoted to", "saving the old lighthouse", "The Orlo Trust"),
        ),
        (
            "Councillor Brannick was upbeat about the harbour budget.",
            ("upbeat about", "the harbour budget", "Councillor Brannick"),
        ),
        (
            "The ferry company has been clear about its plans for the winter.",
            ("clear about", "its plans for the winter", "The ferry company"),
        ),
        (
            "The fishermen remain unified on the new quota.",
            ("unified on", "the new quota", "The fishermen"),
        ),
        (
            "Quist was honest about the delays at the quay.",
            ("honest about", "the delays at the quay", "Quist"),
        ),
        (
            "Many residents are undecided about the bridge vote.",
            ("undecided about", "the bridge vote", "Many residents"),
        ),
        (
            "The mayor was excited to open the new harbour museum.",
            ("excited", "to open the new harbour museum", "The mayor"),
        ),
        (
            "Velden's council remains split on the ferry subsidy.",
            ("split on", "the ferry subsidy", "Velden's council"),
        ),
        (
            "Brannick is passionate about the old lighthouse.",
            ("passionate about", "the old lighthouse", "Brannick"),
        ),
        (
            "The fishermen were never fond of the harbour master.",
            ("were never fond of", "the harbour master", "The fishermen"),
        ),
        (
            "The union is hostile to the new ferry timetable.",
            ("hostile to", "the new ferry timetable", "The union"),
        ),
        (
            "Quist was upfront about her doubts over the quay.",
            ("upfront about", "her doubts over the quay", "Quist"),
        ),
    ],
)
def test_fourth_sweep_adjectives(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in statements(nlp, text)


def test_coordinated_adjective_shares_the_subject(nlp: Language) -> None:
    text = "Some councillors are confident in the plan and openly skeptical about the ferry budget."
    found = statements(nlp, text)
    assert ("skeptical about", "the ferry budget", "Some councillors") in found
    assert ("confident in", "the plan", "Some councillors") in found


def test_no_coordinated_adjective_under_a_negation(nlp: Language) -> None:
    text = "The fishermen are not happy with the plan and skeptical about the quota."
    assert not [s for s in statements(nlp, text) if s[0].endswith("skeptical about")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Fishermen wary of the new quota gathered at the quay.",
            ("wary of", "the new quota", "Fishermen"),
        ),
        (
            "The councillors, critical of the ferry budget, walked out of the meeting.",
            ("critical of", "the ferry budget", "The councillors"),
        ),
    ],
)
def test_adjective_after_its_noun(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in statements(nlp, text)


def test_adjective_before_its_noun_is_no_statement(nlp: Language) -> None:
    assert statements(nlp, "The wary fishermen gathered at the quay.") == []


def test_a_participle_after_a_thing_holds_no_view(nlp: Language) -> None:
    assert statements(nlp, "Two clinics devoted to family care opened in Orvala.") == []


def test_a_participle_after_a_group_holds_its_view(nlp: Language) -> None:
    text = "The Orvala Harbour Trust, devoted to the old lighthouse, met on Friday."
    assert ("devoted to", "the old lighthouse", "The Orvala Harbour Trust") in statements(nlp, text)
