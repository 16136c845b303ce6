"""Shapes that look like statements but rarely are: a race's standing "in
the polls" (no one poll reports it), "add" with a plain object, "Do you support X?"."""

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


def test_add_with_a_plain_object_adds_a_thing(nlp: Language) -> None:
    # "add" reports only with a clause or a quote; "added a pier" adds a thing
    assert statements(nlp, "Mayor Dalen added a second pier to the harbour plan.") == []
    found = statements(nlp, "Mayor Dalen added that the second pier was safe.")
    assert [(cue, content) for cue, content, _ in found] == [("added", "that the second pier was safe")]


def test_a_yes_no_question_to_you_reports_no_stance(nlp: Language) -> None:
    assert statements(nlp, "Do you support Tomas Rell?") == []
    # a clause after it may still be what someone is quoted as asking
    assert [cue for cue, _, _ in statements(nlp, "Do you think Mayor Dalen can win?")] == ["think"]
