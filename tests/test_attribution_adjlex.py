"""Stance adjectives after a linking verb that the lexicon lists with their
complement: "willing to", "satisfied with", "surprised that" ..."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Governor Ansel Drury is willing to reopen the toll bridge.", "willing", "to reopen the toll bridge", "Governor Ansel Drury"),
        ("The Marrow union is happy to sign the new contract.", "happy", "to sign the new contract", "The Marrow union"),
        ("Mayor Idris Pell was surprised that the levy passed.", "surprised", "that the levy passed", "Mayor Idris Pell"),
        ("The Corvel farmers remain satisfied with the water deal.", "satisfied with", "the water deal", "The Corvel farmers"),
        ("Voters in Halbrook are sick of the long recount.", "sick of", "the long recount", "Voters in Halbrook"),
        ("Senator Lona Vey remains concerned with the cost of the tunnel.", "concerned with", "the cost of the tunnel", "Senator Lona Vey"),
    ],
)
def test_listed_stance_adjective_gives_its_complement(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_unlisted_complement_is_no_stance(nlp: Language) -> None:
    # "happy" is listed with "to" only: what it is happy with is not a statement here
    doc = nlp("The Marrow union was happy with the weather.")
    assert statements(doc, "happy with") == statements(doc, "happy") == []
