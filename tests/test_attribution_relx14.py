"""A participle cue whose clause a comma cut off: "sent a letter saying,
once ..., the ferry will ..."."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_clause_after_a_comma_is_what_the_participle_says(nlp: Language) -> None:
    doc = nlp("The council sent residents a letter saying, once the bridge reopens, the ferry will stop running.")
    assert statements(doc, "saying") == [("once the bridge reopens, the ferry will stop running", "The council")]


def test_main_clause_after_a_participle_is_not_its_content(nlp: Language) -> None:
    doc = nlp("Nodding while saying, the guard waved the trucks through.")
    assert statements(doc, "saying") == []
