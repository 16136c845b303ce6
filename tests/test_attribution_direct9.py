"""Quotes that follow a direct statement but carry a cue of their own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_next_quote_with_its_own_cue_is_its_own_statement(nlp: Language) -> None:
    doc = nlp('"Keep the harbour open for every boat," Mara Velden said. "We will not pay the new toll," beamed Tomas Brevik.')
    assert statements(doc, "said") == [('"Keep the harbour open for every boat,"', "Mara Velden")]
    assert statements(doc, "beamed") == [('"We will not pay the new toll,"', "Tomas Brevik")]


def test_signs_read_one_and_another(nlp: Language) -> None:
    doc = nlp('"The harbour belongs to us all," read one. "No toll on the old bridge," read another.')
    found = statements(doc, "read")
    assert ('"The harbour belongs to us all,"', "one") in found
    assert ('"No toll on the old bridge,"', "another") in found


def test_next_quote_without_a_cue_goes_on(nlp: Language) -> None:
    doc = nlp('"The harbour must stay open to every boat," shouted Mara Velden. "We will not pay the new toll."')
    assert len(statements(doc, "shouted")) == 1
    assert "toll" in statements(doc, "shouted")[0][0]


def test_clause_before_a_dash_set_quote_is_not_what_was_said(nlp: Language) -> None:
    doc = nlp('Mara Velden doubted that the toll plan was serious - "We need to see the numbers first," she said - and asked for a vote.')
    assert statements(doc, "said") == [('"We need to see the numbers first,"', "she")]


def test_clause_before_a_colon_set_quote_is_not_what_was_said(nlp: Language) -> None:
    doc = nlp('At the meeting Tomas Brevik seemed to doubt the plan: "It will never pay for itself," he told the council.')
    assert statements(doc, "told") == [('"It will never pay for itself,"', "he")]
