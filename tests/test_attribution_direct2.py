"""Direct speech, second part: standing quotes that go on with a statement,
colon introductions and the speakers of quotes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from rashomon.attribution.quotes import find_quotes

from test_attribution_speakers import text_of

pytestmark = pytest.mark.slow


def test_standing_quote_goes_on_with_the_reported_sentence_before_it(nlp: Language) -> None:
    """'X said that A. "B."': the quote in the very next sentence of the
    paragraph goes on with what the speaker said, though that ended without
    a quote (after a paragraph break it stands alone: see test_attribution_direct)."""
    text = (
        "Mayor Ilse Varnholt said the old ferry would be sold in spring. "
        "\u201cWe cannot keep paying for a boat that nobody uses anymore.\u201d"
    )
    [item] = extract(nlp(text))
    assert text_of(text, item.content_span) == text[text.index("the old") :]
    assert text_of(text, item.speaker_span) == "Mayor Ilse Varnholt"


@pytest.mark.parametrize("label", ["Varnholt", "Pollsters"])
def test_headline_single_word_before_a_colon_is_the_speaker(nlp: Language, label: str) -> None:
    text = f"{label}: The harbour tax will not rise this year.\n\nThe council met on Monday."
    [item] = extract(nlp(text))
    assert text_of(text, item.speaker_span) == label
    assert text_of(text, item.content_span) == "The harbour tax will not rise this year"


def test_headline_label_word_before_a_colon_is_no_speaker(nlp: Language) -> None:
    text = "Update: The harbour tax will not rise this year.\n\nThe council met on Monday."
    assert extract(nlp(text)) == []


def test_speaker_is_not_a_noun_inside_the_quote(nlp: Language) -> None:
    """The parser takes "lot" inside the quote for a second subject of "said"."""
    text = "''You hear that a lot, and I understand the point,'' said Representative Dan Kilby, a Vorland Democrat."
    [item] = extract(nlp(text))
    assert text_of(text, item.speaker_span) == "Representative Dan Kilby, a Vorland Democrat"


def test_quote_closed_with_an_opening_mark_typed_by_mistake(nlp: Language) -> None:
    text = "\u201cThe pier is unsafe,\u201c said Harbour Master Ilse Varnholt. \u201cNobody should walk on it.\u201d"
    assert [text[q.start : q.end] for q in find_quotes(text)] == [
        "\u201cThe pier is unsafe,\u201c",
        "\u201cNobody should walk on it.\u201d",
    ]
    [item] = extract(nlp(text))
    assert text_of(text, item.speaker_span) == "Harbour Master Ilse Varnholt"
