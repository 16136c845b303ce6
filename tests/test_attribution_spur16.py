"""Predictions with no statement behind them: a verb a thing does as a
cause ("the storm threatens to close the port") is no one's statement, and
challenging a person for a seat is a race."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_nouns import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The storm threatens to close the port at Velmar.",
        "The harbour vote will decide whether the ferry keeps running.",
        "The new figures underscore the gap between the two towns.",
        "The leaked ledger exposed deep rifts in the guild.",
    ],
)
def test_a_verb_a_thing_does_as_a_cause_is_no_statement(nlp: Language, text: str) -> None:
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The mayor threatened to close the port at Velmar.", ("threatened", "to close the port at Velmar", "The mayor")),
        ("Ana Dorn decided to close the ferry office.", ("decided", "to close the ferry office", "Ana Dorn")),
    ],
)
def test_the_same_verb_with_a_speaker_is_a_statement(nlp: Language, text: str, found: tuple[str, str, str]) -> None:
    assert statements(nlp, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Brisk, who is challenging Senator Paul Kettner in Velmar, raised more money than anyone.",
        "Lena Brisk is challenging Mayor Tom Harlow for the seat.",
        "Marta Quell began to challenge her for the nomination.",
    ],
)
def test_challenging_a_person_for_a_seat_is_a_race(nlp: Language, text: str) -> None:
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Olam Trest challenged Mayor Tom Harlow on the harbour budget.", "Mayor Tom Harlow on the harbour budget"),
        ("Olam Trest challenged her to a debate.", "her to a debate"),
        ("Mayor Tom Harlow challenged her for backing the toll.", "her for backing the toll"),
    ],
)
def test_challenging_a_person_on_something_is_a_statement(nlp: Language, text: str, content: str) -> None:
    assert [found[1] for found in statements(nlp, text)] == [content]
