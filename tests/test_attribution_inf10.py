"""A second cue coordinated with an infinitive or asked-to content: the
content ends before it, and the second cue is a statement of the same
speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "first", "content", "second", "second_content"),
    [
        (
            "Mayor Lund called on the council to reopen the port and proposed a new ferry service for the islands.",
            "called on", "the council to reopen the port", "proposed", "a new ferry service for the islands",
        ),
        (
            "Senator Okafor urged the board to cut the harbor fees and has repeatedly described the plan as a waste of money.",
            "urged", "the board to cut the harbor fees", "described", "the plan as a waste of money",
        ),
    ],
)
def test_a_second_cue_ends_an_infinitive_content(
    nlp: Language, text: str, first: str, content: str, second: str, second_content: str
) -> None:
    doc = nlp(text)
    speaker = text.split(" ", 2)[0] + " " + text.split(" ", 2)[1]
    assert statements(doc, first) == [(content, speaker)]
    assert statements(doc, second) == [(second_content, speaker)]


def test_a_participle_coordinated_with_an_infinitive_is_a_second_statement(nlp: Language) -> None:
    doc = nlp("Ms. Varga spoke for an hour, urging voters to see the big picture and promising to manage the upheaval.")
    assert statements(doc, "urging") == [("voters to see the big picture", "Ms. Varga")]
    assert statements(doc, "promising") == [("to manage the upheaval", "Ms. Varga")]


def test_an_as_clause_cue_with_a_topic_states_its_topic(nlp: Language) -> None:
    doc = nlp("Last week the Velden guild listed its worries, as it commented on the proposed harbor tariffs.")
    assert statements(doc, "commented") == [("the proposed harbor tariffs", "it")]


@pytest.mark.parametrize(
    ("text", "first", "content", "second", "second_content"),
    [
        ("Lund promised to reopen the mill and pushed for a new port.", "promised", "to reopen the mill", "pushed for", "a new port"),
        (
            "The envoy urged the mayor to sign the pact and lobbied for a new port.",
            "urged", "the mayor to sign the pact", "lobbied for", "a new port",
        ),
    ],
)
def test_a_phrase_cue_coordinated_with_an_infinitive_is_a_second_statement(
    nlp: Language, text: str, first: str, content: str, second: str, second_content: str
) -> None:
    doc = nlp(text)
    speaker = text.split(" promised")[0].split(" urged")[0]
    assert statements(doc, first) == [(content, speaker)]
    assert statements(doc, second) == [(second_content, speaker)]
