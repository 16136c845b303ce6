"""Where an indirect statement's content starts when the parse misplaces
its first words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_a_clause_subject_read_as_the_verbs_object_opens_the_content(nlp: Language) -> None:
    doc = nlp("A survey by the Daily Lantern showed the party with the most donors won the mayoralty only twice.")
    assert statements(doc, "showed") == [("the party with the most donors won the mayoralty only twice", "A survey by the Daily Lantern")]


def test_a_sentence_before_a_semicolon_is_not_part_of_the_content(nlp: Language) -> None:
    doc = nlp("The report never ran; my editor at the Lantern argued the piece made Varn look too good and spiked it.")
    assert statements(doc, "argued") == [("the piece made Varn look too good and spiked it", "my editor at the Lantern")]
