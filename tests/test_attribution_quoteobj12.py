"""Quotes spoken as the object of a verb of speech, however short."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Mayor Ana Ruiz ended her speech by saying \u201cNever again.\u201d", "saying", "\u201cNever again.\u201d", "Mayor Ana Ruiz"),
        ('Asked about the pier, Ben Olt only said "No."', "said", '"No."', "Ben Olt"),
        ('The union printed a banner saying "Stay home, Orvala!"', "saying", '"Stay home, Orvala!"', "a banner"),
        ('Why not simply say: "We stay"?', "say", '"We stay"', None),
    ],
)
def test_short_quote_after_speech_verb(nlp: Language, text: str, cue: str, content: str, speaker: str | None) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


def test_no_statement_after_naming_or_hyphenated_verb(nlp: Language) -> None:
    doc = nlp('Ana Ruiz, a self-described "harbour rat," runs a show called "Tides" in Orvala.')
    assert not any('"Tides"' == doc.text[a.content_span[0] : a.content_span[1]] for a in extract(doc))
    assert not any('"harbour rat,"' == doc.text[a.content_span[0] : a.content_span[1]] for a in extract(doc))
