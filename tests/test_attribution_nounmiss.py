"""Reporting nouns the lexicon knows, in frames the parser hangs oddly:
an indirect question under the noun's preposition, a "that" clause parsed
as a relative clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_nouns import statements

pytestmark = pytest.mark.slow


def test_indirect_question_after_a_reporting_noun(nlp: Language) -> None:
    text = "The harbour board made conflicting statements about how it would pay for the new pier."
    found = statements(nlp, text)
    assert any(content == "how it would pay for the new pier" for _, content, _ in found), found


def test_indirect_question_under_a_negated_verb_is_not_a_statement(nlp: Language) -> None:
    text = "The harbour board did not answer statements about whether the pier would open."
    assert all(content != "whether the pier would open" for _, content, _ in statements(nlp, text))


def test_that_clause_parsed_as_a_relative_clause(nlp: Language) -> None:
    text = "There was no mention from the mayor that she remained in the race."
    assert ("mention", "that she remained in the race", "the mayor") in statements(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two-thirds support reducing the harbour fees for small boats.",
         ("support", "reducing the harbour fees for small boats", "Two-thirds")),
        ("Back then, no one forecast the storm.", ("forecast", "the storm", "no one")),
    ],
)
def test_reporting_verb_read_as_a_noun(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in statements(nlp, text)


def test_reporting_noun_with_an_article_is_not_a_misread_verb(nlp: Language) -> None:
    text = "The support pushing the harbour plan came late."
    assert all(cue != "support" for cue, _, _ in statements(nlp, text))
