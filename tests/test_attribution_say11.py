"""A cue the parse hung, with no clause of its own, on the clause after it."""

from __future__ import annotations

from spacy.language import Language
from test_attribution_frames import statements


def test_clause_after_a_cue_hung_on_it(nlp: Language) -> None:
    # "assumed" is parsed as an adverbial clause of "help", the clause it reports
    text = "While it is assumed the levy will help the farmers, the fact remains the mayor trails in the polls."
    assert statements(nlp(text), "assumed") == [("the levy will help the farmers", None)]


def test_comma_after_the_cue_ends_its_clause(nlp: Language) -> None:
    text = "After Brant testified, the panel seemed to shift its focus to the harbour."
    assert statements(nlp(text), "testified") == []
