"""Direct speech: a quote closed mid-phrase whose sentence goes on after it
("because", "of", "to", "during", "without"), and a quote in capitals standing
alone in its paragraph (a section heading, not the last speaker's words)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_nouns import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Mayor Ilsa Varn called the ferry levy "a blunder" because it came too late.',
            'the ferry levy "a blunder" because it came too late',
        ),
        (
            'The guild accused the board of "bad faith" during the talks.',
            'the board of "bad faith" during the talks',
        ),
        (
            'The dockers called the new rota "unfair" without giving a reason.',
            'the new rota "unfair" without giving a reason',
        ),
    ],
)
def test_a_quote_closed_mid_phrase_takes_the_rest_of_its_sentence(nlp: Language, text: str, content: str) -> None:
    assert content in [found[1] for found in statements(nlp, text)]


def test_the_rest_of_the_sentence_ends_at_a_comma(nlp: Language) -> None:
    text = 'Ilsa Varn called the levy "a blunder" because it came late, and the crews cheered.'
    assert 'the levy "a blunder" because it came late' in [found[1] for found in statements(nlp, text)]


def test_a_quote_in_capitals_alone_in_its_paragraph_is_a_heading(nlp: Language) -> None:
    text = (
        '"We will keep the ferry running," said Orlo Brant, the harbour master.\n\n'
        '"NO DEAL ON THE PIER"\n\n'
        "The council meets again on Friday."
    )
    contents = [found[1] or "" for found in statements(nlp, text)]
    assert not any("NO DEAL" in content for content in contents)
    assert '"We will keep the ferry running,"' in contents


def test_a_quote_in_ordinary_case_alone_in_its_paragraph_still_continues(nlp: Language) -> None:
    text = (
        '"We will keep the ferry running," said Orlo Brant, the harbour master.\n\n'
        '"The crews have earned a rest."\n\n'
        "The council meets again on Friday."
    )
    contents = [found[1] or "" for found in statements(nlp, text)]
    assert any(content.endswith('"The crews have earned a rest."') for content in contents)
