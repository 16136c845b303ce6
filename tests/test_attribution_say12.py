"""Reporting sentences the parse breaks around "say"."""

from __future__ import annotations

from spacy.language import Language
from test_attribution_frames import statements


def test_clause_before_the_cue_over_a_later_infinitive(nlp: Language) -> None:
    # the infinitive after "during her speech" sets the scene; the clause before is what was said
    text = "My loyalty has moved from Verho to Brant, Tamsin Orley said during her speech to be a harbour delegate."
    assert statements(nlp(text), "said") == [("My loyalty has moved from Verho to Brant", "Tamsin Orley")]
