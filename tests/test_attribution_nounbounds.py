"""Where the content of a preposition-governed topic ends: a second topic
the parser hung on the preposition or the cue still belongs to it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a question clause after "and" (hung on the cue verb)
        ("Mayor Delrin Vosk talked about the harbour tax and how it would hurt the fishing fleet.", "talked about",
         "the harbour tax and how it would hurt the fishing fleet"),
        ("Senator Plume was asked about the harbour tax and whether she would repeal it.", "asked about",
         "the harbour tax and whether she would repeal it"),
        # the preposition repeated
        ("The governor alluded to his rivals, and to their donors.", "alluded to", "his rivals, and to their donors"),
        ("Mayor Vosk's support for the ferry plan and for the new pier surprised the council.", "support for",
         "the ferry plan and for the new pier"),
    ],
)
def test_a_second_topic_is_kept(nlp: Language, text: str, cue: str, content: str) -> None:
    assert [c for c, _ in statements(nlp(text), cue)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of its own after "but", and a clause with its own subject
        "Odile Marrant talked about the harbour tax, but what the crowd heard was a campaign speech.",
        "Mayor Delrin Vosk talked about the harbour tax and the crowd cheered loudly.",
    ],
)
def test_a_clause_that_is_no_topic_is_left_out(nlp: Language, text: str) -> None:
    assert [c for c, _ in statements(nlp(text), "talked about")] == ["the harbour tax"]
