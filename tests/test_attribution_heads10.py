"""Headline shapes: a colon line spoken to an audience."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

from test_attribution_frames import statements
from test_attribution_speakers import text_of

pytestmark = pytest.mark.slow


def test_colon_headline_names_its_speaker_before_an_audience(nlp: Language) -> None:
    text = "Varnholt To Fishermen Worried About Quotas: The Harbour Will Stay Open.\n\nThe council met on Monday."
    items = [i for i in extract(nlp(text)) if text_of(text, i.content_span) == "The Harbour Will Stay Open"]
    assert [text_of(text, i.speaker_span) for i in items] == ["Varnholt"]


def test_colon_line_with_a_name_after_a_preposition_has_no_speaker(nlp: Language) -> None:
    text = (
        "The council met on Monday.\n\n"
        "The only snag in Varnholt's plans to widen the harbour: the fishermen are not on board.\n\n"
        "The vote is next week."
    )
    assert not any(i.content_span[0] == text.index("the fishermen") for i in extract(nlp(text)))


def test_colon_after_a_spoken_noun_that_a_speaker_comes_with(nlp: Language) -> None:
    text = "Mayor Dalen came out with a stark warning: the old bridge will not last the winter.\n\nThe council met."
    assert statements(nlp(text), "warning") == [("the old bridge will not last the winter", "Mayor Dalen")]


def test_colon_after_a_noun_that_is_no_saying_lists(nlp: Language) -> None:
    text = "Dalen has won only two wards with more than half the support: Orvala and Kestle.\n\nThe council met."
    assert statements(nlp(text), "support") == []
