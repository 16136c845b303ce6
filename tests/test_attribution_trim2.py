"""Lexicon entries narrowed because annotators rarely mark the wider reading."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_looking_to_do_something_is_the_subjects_intention(nlp: Language) -> None:
    doc = nlp("Councillor Brenna Hale is looking to reopen the ferry before winter.")
    assert statements(doc, "looking") == [("to reopen the ferry before winter", "Councillor Brenna Hale")]


def test_how_someone_looks_is_no_statement(nlp: Language) -> None:
    # "look" with a predicate describes an appearance, not a hedged claim
    assert statements(nlp("The harbour master looked tired as she left the hearing."), "looked") == []
