"""What extract() keeps, cuts and drops once the finders have run."""

from __future__ import annotations

from spacy.language import Language

from rashomon.attribution import extract


def test_an_aside_cut_from_the_end_of_a_quote_leaves_no_bare_punctuation(nlp: Language) -> None:
    text = "Mayor Tilda Brann said “the town will recover” after the flood, which she called “a cruel, senseless blow.”"
    outer = next(a for a in extract(nlp(text)) if a.cue == "said")
    pieces = [text[a:b] for a, b in outer.content_parts or [outer.content_span]]
    assert pieces == ["“the town will recover” after the flood"]
