"""Reporting nouns with a clause ("broad agreement that ...", "a
magistrate's order to ..."), and a claim named by a noun with a pronoun
owner inside another statement, which is the outer speaker's own ("she
said the levy drew anger because of her claim that ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_nouns import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Economists in Orlen reached broad agreement that the new toll would slow trade.",
            ("agreement", "that the new toll would slow trade", "Economists in Orlen"),
        ),
        (
            "Then came a magistrate's order to reopen the quarry at Velmar.",
            ("order", "to reopen the quarry at Velmar", "a magistrate"),
        ),
    ],
)
def test_reporting_noun_with_a_clause(nlp: Language, text: str, found: tuple[str, str, str | None]) -> None:
    assert found in statements(nlp, text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Olam Trest said the vote was lost despite his promise to rebuild the pier.",
            ("said", "the vote was lost despite his promise to rebuild the pier", "Olam Trest"),
        ),
        (
            "Ana Dorn said the levy drew anger because of her claim that traders had left.",
            ("said", "the levy drew anger because of her claim that traders had left", "Ana Dorn"),
        ),
    ],
)
def test_a_pronoun_owned_claim_inside_a_statement_is_the_outer_speakers(
    nlp: Language, text: str, found: tuple[str, str, str]
) -> None:
    assert statements(nlp, text) == [found]


def test_a_claim_owned_by_the_outer_speaker_stays(nlp: Language) -> None:
    text = "He reiterated his claim that the levy was fair."
    assert ("claim", "that the levy was fair", "He") in statements(nlp, text)
