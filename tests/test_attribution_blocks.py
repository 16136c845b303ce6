"""Statements that run over several sentences: a block set out after a
reporting verb and its colon."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

from test_attribution_speakers import text_of

pytestmark = pytest.mark.slow


def test_block_after_a_reporting_verb_and_colon_is_one_statement(nlp: Language) -> None:
    text = (
        "The mayor answered the critics on her blog.\n\n"
        "In the post, Ana Ruiz wrote:\n\n"
        "The harbour plan will not fail. I think the council knows that. We want the pier rebuilt by May.\n\n"
        "The council has not replied."
    )
    said = [a for a in extract(nlp(text)) if a.cue == "wrote"]
    assert [text_of(text, a.content_span) for a in said] == [
        "The harbour plan will not fail. I think the council knows that. We want the pier rebuilt by May."
    ]
    assert text_of(text, said[0].speaker_span) == "Ana Ruiz"
    # the cues inside her block are part of what she wrote
    assert not [a for a in extract(nlp(text)) if a.cue in ("think", "want")]


def test_block_keeps_its_lines_as_pieces(nlp: Language) -> None:
    text = (
        "In a speech last spring, Tom Brevik said:\n\n"
        "Let nobody doubt it: the ferry tax is a burden on every family in Velden.\n"
        "It cannot be ignored, and it must be repealed before the winter.\n\n"
        "The tax was repealed in June."
    )
    [said] = [a for a in extract(nlp(text)) if a.cue == "said"]
    assert [text_of(text, part) for part in said.content_parts] == [
        "Let nobody doubt it: the ferry tax is a burden on every family in Velden.",
        "It cannot be ignored, and it must be repealed before the winter.",
    ]


def test_colon_after_a_verb_with_an_object_opens_no_block(nlp: Language) -> None:
    text = (
        "Ana Ruiz noted the low turnout:\n\n"
        "Only twelve voters came to the hall in Velden on Sunday morning.\n\n"
        "The vote was postponed."
    )
    assert not [a for a in extract(nlp(text)) if text_of(text, a.content_span).startswith("Only twelve")]


def test_quote_within_a_quote_does_not_close_it() -> None:
    from rashomon.attribution.quotes import find_quotes

    text = '"The council is not about \u201cfair play\u201d any more. It only serves itself," said Ana Ruiz.'
    assert [text[q.start : q.end] for q in find_quotes(text)] == [text[: text.index(" said")]]


def test_quote_of_several_paragraphs_with_a_quote_inside_is_one_statement(nlp: Language) -> None:
    text = (
        "Tom Brevik stated:\n\n"
        '"The ferry tax is not about \u201csafety\u201d at all. It is a burden on every family in Velden.\n\n'
        '"It must go before the winter, and the council knows it."\n\n'
        "The council met on Monday."
    )
    [said] = [a for a in extract(nlp(text)) if a.cue == "stated"]
    assert text_of(text, said.content_span).startswith('"The ferry tax')
    assert said.content_span[1] == text.index("\n\nThe council met")
    assert len(said.content_parts) <= 1  # "at all. It is a burden ..." is not left out
