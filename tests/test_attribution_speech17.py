"""Core speech verbs whose speaker or clause the parse hides: a participle
set off after the infinitive of an effort ("made an attempt to X, writing
that ..."), and a participle the parse made the subject of the clause it
reports ("she said, adding the fee must rise")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_participle_after_an_effort_is_said_by_whoever_makes_it(nlp: Language) -> None:
    doc = nlp(
        "On Sunday Ms. Ruiz made a second attempt to deflect Mr. Venn's criticism, "
        "writing on her blog that the real issue in the race was the ferry toll."
    )
    assert statements(doc, "writing") == [("that the real issue in the race was the ferry toll", "Ms. Ruiz")]


def test_participle_read_as_subject_reports_its_clause(nlp: Language) -> None:
    doc = nlp('"We have a clear plan," she said of the new ferry line, adding the town must be equally bold to fund it.')
    assert statements(doc, "adding") == [("the town must be equally bold to fund it", "she")]


def test_gerund_subject_of_the_sentence_keeps_its_object(nlp: Language) -> None:
    # the clause it is subject of is the sentence's own, not a report of it
    doc = nlp("Frankly, praising the new ferry line is the least the council can do.")
    assert statements(doc, "praising") == [("the new ferry line", None)]
