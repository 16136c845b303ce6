"""A ", which ..." or ", who ..." clause that ends a content is the writer's
aside, not part of what was said, unless the clause is itself a statement."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the aside ends a clause, not only a noun that was said
        ("Councillor Ada Brenn said the ferry would stop at Velden, which lost its harbour in the storm.",
         "the ferry would stop at Velden"),
        ("Orla Fenn said she had met Tavik Lund, who runs the old mill in Sarnby.", "she had met Tavik Lund"),
        ("Piet Arvo said the vote favoured Hanne Toller, whom the council chose in May.",
         "the vote favoured Hanne Toller"),
    ],
)
def test_a_final_relative_aside_is_not_said(nlp: Language, text: str, content: str) -> None:
    assert statements(nlp(text), "said") == [(content, text.split(" said")[0])]


def test_a_relative_clause_that_is_a_statement_stays(nlp: Language) -> None:
    # cut out, "who said ..." would stand alone as a statement annotators rarely mark
    text = "Piet Arvo said the vote favoured Hanne Toller, who said the count was fair."
    assert statements(nlp(text), "said") == [("the vote favoured Hanne Toller, who said the count was fair", "Piet Arvo")]
