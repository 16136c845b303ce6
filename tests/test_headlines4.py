"""Headline lines with no subject of their own speak for the headline before them."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

from rashomon.headlines import NAME


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # a second line that opens on its verb: the first line's subject speaks
        (
            "Mayor Velden rejects the harbour levy;\nSays the ferry fund will be cut.\n\nThe council met on Monday.",
            "Says",
            "the ferry fund will be cut",
            "Mayor Velden",
        ),
        # two verbs that share the missing subject
        (
            "Harbour chief Velden rebuffs the board on ferry levy;\nSpurns offer, blasts 'reckless view of the port.'\n\nThe board met.",
            "blasts",
            "'reckless view of the port.'",
            "Harbour chief Velden",
        ),
    ],
)
def test_a_subjectless_headline_verb_speaks_for_the_line_before(
    nlp: Language, text: str, cue: str, content: str, speaker: str
) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.slow
def test_a_subjectless_body_sentence_borrows_no_headline_speaker(nlp: Language) -> None:
    text = "Mayor Velden rejects the harbour levy\n\nThe council met; says the ferry fund will be cut."
    assert all(speaker is None or "Velden" not in speaker for _, speaker in statements(nlp(text), "says"))


TAIL = "Harbour ferries must stay in port, district judge rules.\n\nThe board met on Monday."


@pytest.mark.slow
def test_a_closing_s_word_after_a_comma_and_a_noun_is_the_reporting_verb(nlp: Language) -> None:
    doc = nlp(TAIL)
    rules = next(t for t in doc if t.text == "rules")
    assert (rules.tag_, rules.lemma_, rules.dep_) == ("VBZ", "rule", "ROOT")
    assert "says" not in [t.text for t in doc]  # the stand-in verb leaves no trace
    assert statements(doc, "rules") == [("Harbour ferries must stay in port", "district judge")]


@pytest.mark.slow
def test_a_closing_noun_after_a_verb_keeps_its_parse(nlp: Language) -> None:
    text = "Velden shuts the harbour, cuts ferries.\n\nThe board met on Monday."
    with nlp.select_pipes(disable=[NAME]):
        before = [(t.tag_, t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.tag_, t.dep_, t.head.i) for t in nlp(text)] == before
