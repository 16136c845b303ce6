"""A quote that a second reporting verb leads into is that verb's statement,
not a continuation of the quote before it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # the parser hangs the second quote on "said": the participle still takes it
        (
            '"We have started the talks," Ana Brill said, adding of the mayor, "He cares about the harbour."',
            "adding",
            '"He cares about the harbour."',
            "Ana Brill",
        ),
        # a colon after the next sentence's verb does not join its quote to the first
        (
            '"I will vote for the harbour plan," she said. Then she added a caveat: "Down the ballot, I will vote for anyone."',
            "added",
            '"Down the ballot, I will vote for anyone."',
            "she",
        ),
    ],
)
def test_second_cue_takes_its_quote(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    doc = nlp(text)
    assert (content, speaker) in statements(doc, cue)
    first = text[: text.index('"', 1) + 1]
    assert any(c == first for c, _ in statements(doc, "said"))


def test_clause_of_its_own_leaves_the_quote_to_the_first_cue(nlp: Language) -> None:
    # 'adding that ...' has its own content: the next quote goes on with "told", as PolNeAR joins it
    text = '"He lost the vote badly," Velden told the paper, adding that the plan had failed. "It was a disaster for the town."'
    (content, _), = statements(nlp(text), "told")
    assert content.endswith('"It was a disaster for the town."')
