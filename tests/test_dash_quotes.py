"""A dash set against a quote mark is split off (rashomon.nlp.DASH_QUOTE_INFIXES)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract


def words(nlp: Language, text: str) -> list[str]:
    return [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('her record—"the longest"—and', ["her", "record", "—", '"', "the", "longest", '"', "—", "and"]),
        ("the “plan”—and", ["the", "“", "plan", "”", "—", "and"]),
        ("“Never,”—she", ["“", "Never", ",", "”", "—", "she"]),
        ('the pier--"a ruin"', ["the", "pier", "--", '"', "a", "ruin", '"']),
    ],
)
def test_dash_and_quote_mark_are_words_of_their_own(nlp: Language, text: str, expected: list[str]) -> None:
    assert words(nlp, text) == expected


def test_dashes_between_words_and_hyphens_are_as_before(nlp: Language) -> None:
    assert words(nlp, "the pier—a ruin") == ["the", "pier", "—", "a", "ruin"]
    assert words(nlp, 'a well-known "pier"') == ["a", "well", "-", "known", '"', "pier", '"']


def test_offsets_still_point_into_the_text(nlp: Language) -> None:
    text = 'Dorn praised the record—"the longest in our history"—and left.'
    doc = nlp(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_a_quoted_aside_does_not_swallow_the_next_verb(nlp: Language) -> None:
    """Kept as one word, 'history"—and' made the quote the subject of
    'promised', and the first statement ran on over the second."""
    text = (
        "Dorn praised her husband's record—\"the longest expansion in our history\"—"
        "and promised to put him in charge of the harbour."
    )
    found = {(a.cue, text[a.content_span[0] : a.content_span[1]]) for a in extract(nlp(text))}
    assert ("praised", "her husband's record—\"the longest expansion in our history\"") in found
    assert ("promised", "to put him in charge of the harbour") in found
