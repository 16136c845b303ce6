"""Cue verbs whose frame the parse hides: a "for" phrase completing an
unsourced statement, and a fronted "Asked ..." whose question the parser hung
on the setting phrase."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_nouns import statements

pytestmark = pytest.mark.slow


def test_for_phrase_completes_an_unsourced_statement(nlp: Language) -> None:
    text = "The council was blamed for the delay in the harbour works."
    assert ("blamed", "The council was blamed for the delay in the harbour works", None) in statements(nlp, text)


def test_known_for_is_a_statement_without_a_source(nlp: Language) -> None:
    found = statements(nlp, "The Halden Institute is known for its careful polls.")
    assert [(cue, speaker) for cue, _, speaker in found] == [("known", None)]
    assert "its careful polls" in (found[0][1] or "")


def test_asked_opening_with_the_question_hung_on_the_setting(nlp: Language) -> None:
    text = "Asked during a debate why she trailed in the polls, Mara Velt said the numbers would change."
    found = statements(nlp, text)
    assert ("Asked", "why she trailed in the polls", None) in found
    assert ("said", "the numbers would change", "Mara Velt") in found


def test_when_asked_opening_reads_up_to_the_comma(nlp: Language) -> None:
    text = "When asked at a briefing about the merger, the minister said nothing."
    assert ("asked", "about the merger", None) in statements(nlp, text)


def test_asked_opening_needs_its_closing_comma(nlp: Language) -> None:
    text = "Asked during a debate why she trailed in the polls Mara Velt looked away."
    assert not any(cue.lower() == "asked" and content and "looked" in content for cue, content, _ in statements(nlp, text))
