"""Want cues and the topic nouns a verb takes: shapes measured on PolNeAR train."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_a_wish_opened_by_as_is_no_source_for_the_main_clause(nlp: Language) -> None:
    doc = nlp("The ferry crews must file their reports on Sunday, as they look ahead to the vote in Orvala.")
    assert statements(doc, "look") == []


def test_a_topic_preposition_the_parser_hung_on_the_verb_is_the_nouns(nlp: Language) -> None:
    doc = nlp("Senator Ana Brevik continued her assault on the harbour board on Friday.")
    assert statements(doc, "assault on") == [("the harbour board", "her")]


def test_a_topic_preposition_on_the_verb_after_the_nouns_own_phrase(nlp: Language) -> None:
    doc = nlp("The committee faced stern opposition from some of the town's fishermen to its plan for the pier.")
    assert [c for c, _ in statements(doc, "opposition from some of the town's fishermen to")] == ["its plan for the pier"]


def test_a_time_phrase_on_the_verb_is_no_topic(nlp: Language) -> None:
    doc = nlp("Senator Ana Brevik escalated her criticism on Tuesday.")
    assert statements(doc, "criticism on") == []


def test_an_on_phrase_naming_a_day_does_not_extend_the_object(nlp: Language) -> None:
    doc = nlp("Mayor Dalen Pruitt praised the harbour board's plan at a town meeting in Orvala on Monday.")
    assert statements(doc, "praised") == [("the harbour board's plan", "Mayor Dalen Pruitt")]


def test_an_on_phrase_naming_a_station_does_not_extend_the_object(nlp: Language) -> None:
    doc = nlp("Councillor Ana Brevik criticized the harbour board on Velden Radio.")
    assert statements(doc, "criticized") == [("the harbour board", "Councillor Ana Brevik")]


def test_as_opposed_to_is_a_comparison(nlp: Language) -> None:
    doc = nlp("The toll would have been capped at ten dollars, as opposed to the twenty the board wanted.")
    assert statements(doc, "opposed") == []


def test_a_for_phrase_that_is_only_a_span_of_time_does_not_extend_the_object(nlp: Language) -> None:
    doc = nlp("Mayor Dalen Pruitt has backed the ferry plan for years.")
    assert statements(doc, "backed") == [("the ferry plan", "Mayor Dalen Pruitt")]
