"""Where a quote that sits beside its cue starts and ends: the words the
parser hung on the cue across the quote (a setting before it, an aside
after it) are not part of what was said."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


def contents(text: str, nlp: Language, cue: str) -> list[str]:
    return [text[a.content_span[0] : a.content_span[1]] for a in extract(nlp(text)) if a.cue == cue]


def test_a_quote_spoken_before_the_cue_leaves_out_the_clause_after_it(nlp: Language) -> None:
    text = (
        "“We are going to tax you when those boats come in,” Velez said in February of the ferry maker "
        "Harlow Marine, whose parent company moved 900 jobs to Kestle."
    )
    assert contents(text, nlp, "said") == ["“We are going to tax you when those boats come in,”"]


def test_a_quote_opening_its_sentence_after_the_cue_leaves_out_the_setting(nlp: Language) -> None:
    text = (
        "In an interview with the Harbour Gazette published online Wednesday, Velez was asked, "
        "“What is the strangest town you have ever been to?”"
    )
    assert contents(text, nlp, "asked") == ["“What is the strangest town you have ever been to?”"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the relative word is the clause's object: what was said names it
        ("The bank funded new ferry plants, which private lenders still considered too risky.", "considered",
         "which private lenders still considered too risky"),
        # the relative word is the clause's subject: it speaks, it is not named
        ("The plan was backed by four in ten members, who called themselves very cautious.", "called",
         "themselves very cautious"),
    ],
)
def test_an_unquoted_name_given_in_a_relative_clause(nlp: Language, text: str, cue: str, content: str) -> None:
    assert contents(text, nlp, cue) == [content]


def test_a_quote_opening_its_paragraph_when_the_parser_joins_it_to_the_last(nlp: Language) -> None:
    text = (
        "Velez has endorsed and has raised money for the rival of Mayor Orlo in the harbour race, the ferry "
        "captain Ilse Dorn.\u00a0\n“Do not let the perfect be the enemy of the good,” she said, in an implicit "
        "warning to the Dorn camp.\n"
    )
    assert contents(text, nlp, "said") == ["“Do not let the perfect be the enemy of the good,”"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the cue runs straight into its clause: what the parser hung before it is the setting
        ("In an interview with the Harbour Gazette published online Wednesday, Velez said that the toll would be dropped.",
         "that the toll would be dropped"),
        # a cue set between commas: the words before it are part of what was said
        ("It is no surprise, Mr. Orlo said, that Mrs. Velez did better among the fishermen.",
         "It is no surprise, Mr. Orlo said, that Mrs. Velez did better among the fishermen"),
    ],
)
def test_a_clause_after_the_cue_and_the_words_before_it(nlp: Language, text: str, content: str) -> None:
    assert contents(text, nlp, "said") == [content]
