"""Noun cues: reporting verbs the parser reads as nouns (a name and a plural
"noun" closing a quote: '"...," Orlen notes.'), and "a consensus on Y"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_a_verb_read_as_a_noun_after_a_quote(nlp: Language) -> None:
    # the parser tags "notes" a plural noun, "Orlen" its modifier, the quote its clause
    doc = nlp('"The ferry runs late," Orlen notes.')
    assert statements(doc, "notes") == [('"The ferry runs late,"', "Orlen")]


def test_a_plural_noun_with_no_name_before_it_is_no_verb(nlp: Language) -> None:
    doc = nlp('"The ferry runs late," the notes.')
    assert statements(doc, "notes") == []


def test_a_consensus_on_a_topic_is_held(nlp: Language) -> None:
    # "consensus" is a view with no one named: what its "on" phrase governs is the statement
    doc = nlp("Among harbour pilots there is a broad consensus on the need for a second lock.")
    assert statements(doc, "consensus on") == [("the need for a second lock", None)]
