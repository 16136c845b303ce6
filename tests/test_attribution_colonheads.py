"""Colon lines: where the statement after a speaker's colon ends."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

from test_attribution_speakers import text_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, said",
    [
        (  # two headlines joined by a semicolon
            "Varnholt: The ferry tax is 'simply unfair';\n\nThe council met on Monday.",
            "The ferry tax is 'simply unfair'",
        ),
        (  # a roundup cites its source in brackets after the quote
            "The council met on Monday.\n\n"
            "Ilse Varnholt: \u201cThe ferry will run again in spring, and nobody will pay more.\u201d [Harbour Post.]",
            "\u201cThe ferry will run again in spring, and nobody will pay more.\u201d",
        ),
    ],
)
def test_colon_line_ends_before_semicolons_and_citations(nlp: Language, text: str, said: str) -> None:
    [item] = extract(nlp(text))
    assert text_of(text, item.content_span) == said


@pytest.mark.parametrize(
    "text",
    [
        "Ostland and Vorland: A troubled friendship;\n\nThe envoys met on Monday.",
        "The panel met on Monday.\n\nVelden: Ana Ruiz, Tom Brevik, Ilse Varnholt, Jan Kolde.\n\nIt ended at one.",
    ],
)
def test_colon_line_with_no_verb_and_no_quote_is_no_statement(nlp: Language, text: str) -> None:
    assert extract(nlp(text)) == []


def test_verbless_colon_headline_with_a_quote_is_a_statement(nlp: Language) -> None:
    text = "Varnholt: 'Never again a ferry tax.'\n\nThe council met on Monday."
    [item] = extract(nlp(text))
    assert text_of(text, item.content_span) == "'Never again a ferry tax.'"
