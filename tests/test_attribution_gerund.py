"""Cue verbs the parser read as participles: a bare past participle with an
object of its own, right after its noun, is the noun's finite verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_participle_with_object_is_the_nouns_finite_verb(nlp: Language) -> None:
    doc = nlp("A Corvane Post analysis of county records identified at least $40 million in unpaid fines.")
    assert statements(doc, "identified") == [("at least $40 million in unpaid fines", "A Corvane Post analysis of county records")]


def test_participle_after_its_auxiliaries_reports_nothing(nlp: Language) -> None:
    # "the need to have cited": an infinitive on the noun, no one reports
    doc = nlp("There was never any need to have cited the old rule.")
    assert statements(doc, "cited") == []
