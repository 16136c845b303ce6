"""Direct speech, third part: where a quote that goes on with its sentence
starts, and colon lines."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from rashomon.attribution.content import Found
from rashomon.attribution.quote_bounds import _take_clause_before
from rashomon.attribution.lexicon import load_cues
from rashomon.attribution.quote_cues import said_beside
from rashomon.attribution.quotes import Quote, Sentences

from test_attribution_speakers import text_of

pytestmark = pytest.mark.slow


def test_lower_case_quote_before_the_cue_takes_the_start_of_its_sentence(nlp: Language) -> None:
    text = "The new harbour bridge \u201cwas never needed by anyone in this town,\u201d Mayor Ilse Varnholt said."
    [item] = extract(nlp(text))
    assert text_of(text, item.content_span) == text[: text.index(" Mayor")]
    assert text_of(text, item.speaker_span) == "Mayor Ilse Varnholt"


@pytest.mark.parametrize(
    ("front", "taken"),
    [("The works on the bridge ", True), ("The council stopped the works because of ", False)],
)
def test_quote_before_the_cue_takes_its_clause_not_a_preposition(nlp: Language, front: str, taken: bool) -> None:
    """The parser may leave the words before such a quote out of the cue's
    clause; a quote that is only a preposition's object stays as it is."""
    text = front + "\u201csome very bad faith on both sides,\u201d Mayor Ilse Varnholt said."
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    quote = (text.index("\u201c"), text.index("\u201d") + 1)
    item = Found(cue_tokens=[said], cue_class="assert", content=[quote], speaker=doc[-3], construction="quote")
    _take_clause_before(text, item, [item], Sentences(doc, text))
    assert item.content == ([(0, quote[1])] if taken else [quote])


def test_title_quoted_in_the_speakers_phrase_is_not_what_they_said(nlp: Language) -> None:
    text = "Lena Ostrova, the star of \u201cHarbour Nights,\u201d thanked the mayor for \u201cmaking the streets safe again.\u201d"
    [item] = extract(nlp(text))
    assert text_of(text, item.content_span) == text[text.index("the mayor") :]


def test_short_title_quote_before_the_speaker_is_not_what_was_said(nlp: Language) -> None:
    text = "On the radio show \u201cNoon Talk,\u201d Ilse Varnholt said that the ferry would be sold."
    [item] = extract(nlp(text))
    assert text_of(text, item.content_span) == "that the ferry would be sold"


@pytest.mark.parametrize(("words", "spoken"), [("Out now!,", True), ("Noon Talk,", False)])
def test_short_quote_after_a_word_is_spoken_only_as_an_exclamation(nlp: Language, words: str, spoken: bool) -> None:
    text = f"The crowd on the pier \u201c{words}\u201d shouted Ilse Varnholt."
    quote = Quote(text.index("\u201c"), text.index("\u201d") + 1, True)
    assert said_beside(nlp(text), text, quote, load_cues()) is spoken


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Varnholt on the Harbour Tax Plans: The Tax Will Not Rise", "Varnholt"),
        ("EXCLUSIVE \u2013 Ilse Varnholt: The Tax Will Not Rise", "Ilse Varnholt"),
    ],
)
def test_headline_speaker_before_a_topic_or_after_a_tag(nlp: Language, line: str, speaker: str) -> None:
    text = f"{line}.\n\nThe council met on Monday in Orvala."
    [item] = extract(nlp(text))
    assert text_of(text, item.speaker_span) == speaker
    assert text_of(text, item.content_span) == "The Tax Will Not Rise"


def test_line_quoting_a_source_after_a_dash(nlp: Language) -> None:
    text = (
        "The harbour vote has been important for the coastal towns - Tomas Brekke: "
        "\u201cNobody in Orvala expected the margin to be this thin.\u201d\n\nThe council met on Monday."
    )
    [item] = extract(nlp(text))
    assert text_of(text, item.speaker_span) == "Tomas Brekke"
    assert text_of(text, item.content_span).startswith("\u201cNobody")


def test_two_piece_quote_before_its_cue_takes_the_start_of_its_sentence(nlp: Language) -> None:
    text = (
        "The ferry was sold last week. But \u201cthe harbour itself,\u201d Ilse Varnholt added, "
        "\u201cis not for sale to anyone.\u201d"
    )
    doc = nlp(text)
    added = next(t for t in doc if t.text == "added")
    first = (text.index("\u201cthe"), text.index("itself,\u201d") + len("itself,\u201d"))
    second = (text.index("\u201cis"), len(text))
    item = Found(cue_tokens=[added], cue_class="assert", content=[first, second], speaker=doc[added.i - 1], construction="quote")
    _take_clause_before(text, item, [item], Sentences(doc, text))
    assert item.content == [(text.index("But"), first[1]), second]
