"""Unsourced statements that would say nothing (issue #3)."""

from __future__ import annotations

import pytest
from test_attribution_frames import statements

from rashomon.attribution import extract


@pytest.mark.parametrize("text", ["Marta Velden asked for a recount. She was rebuffed.", "The dockers came to the harbour board, but they were rebuffed."])
def test_bare_pronoun_passive_is_no_statement(nlp, text):
    assert statements(nlp(text), "rebuffed") == []


def test_bare_noun_passive_is_kept(nlp):
    assert statements(nlp("The harbour levy was rejected."), "rejected") == [("The harbour levy", None)]


def test_nested_statement_with_no_source_is_dropped(nlp):
    doc = nlp("It seems that support for the mayor has only grown.")
    assert [a.cue for a in extract(doc)] == ["seems"]
