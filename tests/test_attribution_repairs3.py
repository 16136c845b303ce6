"""Parse repairs: a speaker the parser took into a phrase before the cue, and
a "that" clause it hung on the addressee as a relative clause."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In a meeting with the editorial board of the Harbour Post Velden said that the fund was empty.", "Velden"),
        ("In an interview with the Harbour Post Marta Velden said that the fund was empty.", "Marta Velden"),
    ],
)
def test_a_name_swallowed_by_the_opening_phrase_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert statements(nlp(text), "said") == [("that the fund was empty", speaker)]



def test_a_that_clause_hung_on_the_addressee_is_the_content(nlp: Language) -> None:
    doc = nlp("Ms. Orlan assured the fishermen that all of the claims in the lawsuit are false.")
    clause = next(t for t in doc if t.text == "are")
    assert clause.dep_ == "relcl" and clause.head.text == "fishermen"  # the parse this repairs
    assert statements(doc, "assured") == [("that all of the claims in the lawsuit are false", "Ms. Orlan")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The depot closed in March; the dockworkers are looking for new jobs.", "looking"),
        ("The harbour fund ran dry last winter; the mayor did not explain why.", "did not explain"),
    ],
)
def test_a_sentence_before_a_semicolon_is_not_the_content(nlp: Language, text: str, cue: str) -> None:
    doc = nlp(text)
    first = text.split(";")[0]
    assert all(content != first for content, _ in statements(doc, cue))
