"""Short quotes and trailing cues the direct-quote finder used to miss."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution.quote_cues import said_beside
from rashomon.attribution.lexicon import load_cues
from rashomon.attribution.quotes import Quote
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_outcry_right_after_its_verb_is_spoken(nlp: Language) -> None:
    doc = nlp("When the ferry finally docked, an old fisherman yelled \u201cGo home!\u201d")
    assert statements(doc, "yelled") == [("\u201cGo home!\u201d", "an old fisherman")]


@pytest.mark.parametrize(("words", "spoken"), [("Go home!", True), ("The Lanterns", False)])
def test_short_quote_right_after_a_verb_is_spoken_only_as_an_outcry(nlp: Language, words: str, spoken: bool) -> None:
    text = f"At the harbour meeting, a fisherman yelled \u201c{words}\u201d"
    quote = Quote(text.index("\u201c"), text.index("\u201d") + 1, True)
    assert said_beside(nlp(text), text, quote, load_cues()) is spoken


def test_trailing_verb_read_as_a_noun_is_the_cue(nlp: Language) -> None:
    doc = nlp("\u201cThe new harbour toll will ruin every small fishing family on the coast,\u201d Olsbrek answers.")
    assert statements(doc, "answers") == [("\u201cThe new harbour toll will ruin every small fishing family on the coast,\u201d", "Olsbrek")]


def test_quote_after_a_paragraph_of_other_text_does_not_join_the_last_quote(nlp: Language) -> None:
    text = (
        '"The new toll will ruin every fishing family on this coast," Mara Velden said.\n\n'
        "The council meets again in May.\n\n"
        '"We will fight it in every court we can find, for as long as it takes."'
    )
    said = statements(nlp(text), "said")
    assert said == [('"The new toll will ruin every fishing family on this coast,"', "Mara Velden")]


def test_short_quote_before_any_verb_is_spoken(nlp: Language) -> None:
    text = '"Oh, my word," a young fisherwoman gasped at the sight of the empty harbour.'
    said = statements(nlp(text), "gasped")
    assert said == [('"Oh, my word,"', "a young fisherwoman")]
