"""A participle cue with a clause of its own inside another statement's
content ("..., suggesting that B", "... before adding that B") ends that
content and is the same speaker's next statement; a participle without a
clause, or one inside a quote, stays where it is."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_a_participle_after_a_preposition_ends_the_content(nlp: Language) -> None:
    doc = nlp("Olam Verde said the harbour fees were fair before adding that the dock would grow.")
    assert statements(doc, "said") == [("the harbour fees were fair", "Olam Verde")]
    assert statements(doc, "adding") == [("that the dock would grow", "Olam Verde")]


def test_a_participle_after_a_quote_is_the_speakers_next_statement(nlp: Language) -> None:
    doc = nlp(
        'Reva Lund stressed that "the way forward is to get the two towns talking," '
        "suggesting that the old pact might simply be renewed."
    )
    assert statements(doc, "stressed") == [('that "the way forward is to get the two towns talking,"', "Reva Lund")]
    assert statements(doc, "suggesting") == [("that the old pact might simply be renewed", "Reva Lund")]


def test_a_participle_without_a_clause_stays_in_the_content(nlp: Language) -> None:
    doc = nlp("The minister stressed the plan was sound, contrasting it with the old one.")
    assert [c for c, _ in statements(doc, "stressed")] == ["the plan was sound, contrasting it with the old one"]


def test_a_participle_inside_a_quote_stays_in_it(nlp: Language) -> None:
    doc = nlp('"The ferry runs late, believing that nobody minds," Ombry said.')
    assert [c for c, _ in statements(doc, "said")] == ['"The ferry runs late, believing that nobody minds,"']
    assert statements(doc, "believing") == []
