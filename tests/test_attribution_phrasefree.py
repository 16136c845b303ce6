"""Phrase cues with a free word among their own words, and nearby frames."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # an adjective inside "have harsh words for"
        ("Mayor Dalen had very harsh words for the harbour board.", "had very harsh words for", "the harbour board", "Mayor Dalen"),
        # an adverb inside "make it clear" before its clause
        ("The mayor made it perfectly clear that the bridge would stay shut.", "made it perfectly clear", "that the bridge would stay shut", "The mayor"),
        # an adjective inside "take swipes at"
        ("Councillor Brandt took multiple swipes at the new ferry plan.", "took multiple swipes at", "the new ferry plan", "Councillor Brandt"),
    ],
)
def test_a_phrase_cue_with_a_free_word(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_a_graded_adjective_changes_the_phrase(nlp: Language) -> None:
    # "a closer look" is no "look" the cue line means
    assert statements(nlp("Inspector Vell took a closer look at the ferry logs."), "took a closer look at") == []


def test_as_someone_put_it_reports_the_clause(nlp: Language) -> None:
    # the "it" stands for what follows, not for something said
    assert statements(nlp("As Mayor Dalen put it, the harbour will never close."), "put") == [("the harbour will never close", "Mayor Dalen")]
