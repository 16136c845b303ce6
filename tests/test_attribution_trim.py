"""Shapes that look like statements but rarely are: a race's standing "in
the polls" (no one poll reports it)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_nouns import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    ["Ilse Varga has been leading in the polls since spring.", "Tomas Rell trails in recent polls."],
)
def test_standing_in_polls_in_general_is_no_statement(nlp: Language, text: str) -> None:
    assert [cue for cue, _, _ in statements(nlp, text)] == []


def test_one_named_poll_still_reports(nlp: Language) -> None:
    found = statements(nlp, "Ilse Varga has been leading in the harbour poll since spring.")
    assert [(cue, speaker) for cue, _, speaker in found] == [("in", "the harbour poll")]
