"""Where an indirect content ends: before a statement of its own that the
parser hung inside it (a quote brought in by another verb)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


def contents(nlp: Language, text: str) -> dict[str, str]:
    """Cue -> content, as written, of every statement in ``text``."""
    return {a.cue: text[a.content_span[0] : a.content_span[1]] for a in extract(nlp(text))}


def test_another_speaker_quoted_in_a_clause_is_cut_off(nlp: Language) -> None:
    text = "Orlen said the shops in Velden had closed early, while Varga said that the “stakes are too high” for the town."
    found = {text[a.content_span[0] : a.content_span[1]] for a in extract(nlp(text))}
    assert found == {"the shops in Velden had closed early", "that the “stakes are too high” for the town"}


def test_a_coordinated_verb_quoting_someone_is_cut_off(nlp: Language) -> None:
    found = contents(nlp, "Senator Maddox said the port deal was finished and called the governor “a coward” in a radio interview.")
    assert found["said"] == "the port deal was finished"


def test_a_bare_verb_under_the_content_modal_stays(nlp: Language) -> None:
    found = contents(nlp, "Ms. Tarrin said she would sit the envoy down and tell him “no more games.”")
    assert found["said"] == "she would sit the envoy down and tell him “no more games.”"
