"""A participle set off by a comma with a clause of its own, trailing a
statement's content: the speaker's next statement, and the first one ends
before the comma."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_a_set_off_participle_with_a_clause_is_a_statement_of_its_own(nlp: Language) -> None:
    doc = nlp("Aides to Dara Voss say that she sees no need to answer either rival, believing that the council can handle them.")
    assert statements(doc, "say") == [("that she sees no need to answer either rival", "Aides to Dara Voss")]
    assert statements(doc, "believing") == [("that the council can handle them", "Aides to Dara Voss")]


def test_a_set_off_participle_without_a_clause_stays_in_the_content(nlp: Language) -> None:
    doc = nlp("Aides to Dara Voss say that she sees no need to answer either rival, fearing a recount.")
    assert statements(doc, "say") == [("that she sees no need to answer either rival, fearing a recount", "Aides to Dara Voss")]
    assert statements(doc, "fearing") == []


def test_a_reason_after_an_empty_it_is_no_statement(nlp: Language) -> None:
    doc = nlp("The editor Ana Rell said the timing of the remark makes it seem particularly careless, considering the council is weighing a new charter.")
    assert statements(doc, "considering") == []
    assert statements(doc, "said") == [
        ("the timing of the remark makes it seem particularly careless, considering the council is weighing a new charter", "The editor Ana Rell")
    ]
