"""Quotation marks of every usual kind are found in raw text, marks included."""

from __future__ import annotations

import pytest

from rashomon.attribution.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Varn said “the dam held” on Monday.", "“the dam held”"),
        ('Varn said "the dam held" on Monday.', '"the dam held"'),
        ("Varn said ‘the dam held’ on Monday.", "‘the dam held’"),
        ("Varn said 'the dam held' on Monday.", "'the dam held'"),
        ("Varn said « the dam held » on Monday.", "« the dam held »"),
        ("Varn said „the dam held“ on Monday.", "„the dam held“"),
        ("Varn said ``the dam held'' on Monday.", "``the dam held''"),
        ("Varn said ''the dam held,'' on Monday.", "''the dam held,''"),
    ],
)
def test_quotes_every_mark(text: str, expected: str) -> None:
    assert quoted(text) == [expected]


def test_quotes_apostrophes_are_not_quotes() -> None:
    text = "The mayor’s office said it didn’t know about O’Dell’s plan, or the ferries' schedule."
    assert quoted(text) == []


def test_quotes_apostrophe_inside_a_single_quote() -> None:
    text = "She said 'the ferry isn't safe' and left."
    assert quoted(text) == ["'the ferry isn't safe'"]


def test_quotes_open_paragraph_continues_into_the_next() -> None:
    text = "Ruud said:\n\n“We checked every pier.\n\n“Nothing was found.”\n\nThen he left."
    assert quoted(text) == ["“We checked every pier.\n\n“Nothing was found.”"]


def test_quotes_unclosed_quote_stops_at_its_paragraph() -> None:
    text = "Ruud said “we checked every pier and found nothing\n\nThe next day the pier closed."
    assert quoted(text) == ["“we checked every pier and found nothing"]


def test_quotes_spans_index_the_text() -> None:
    text = "A\u00a0note: “one” and “two words”."
    for quote in find_quotes(text):
        assert text[quote.start] == "“" and text[quote.end - 1] == "”"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“The dam held,\" Varn said. “It will hold again.”", ["“The dam held,\"", "“It will hold again.”"]),
        ("\"The dam held,” Varn said. \"It will hold again.\"", ["\"The dam held,”", "\"It will hold again.\""]),
    ],
)
def test_quotes_mixed_curly_and_straight_marks_close_each_other(text: str, expected: list[str]) -> None:
    # a quote opened with one style and closed with the other must not run on
    # into the next quote
    assert quoted(text) == expected


def test_quotes_elided_year_is_not_a_quote() -> None:
    text = "Since ‘08 the ferry has run late. Varn said ‘the dam held’ on Monday."
    assert quoted(text) == ["‘the dam held’"]
