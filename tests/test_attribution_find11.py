"""A clause the parser hangs on a cue past the cue's object (issue #3)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import parsed, statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a relative clause about the object, not what the board said
        ('The Orvel board deemed the bid "well qualified," which is its top rating.', "deemed", 'the bid "well qualified,"'),
        # the main clause of the sentence, read as the cue's clause
        ("Yet, a year since the baker announced his candidacy for mayor, here we are.", "announced", "his candidacy for mayor"),
    ],
)
def test_a_clause_past_the_object_is_not_what_was_said(nlp: Language, text: str, cue: str, content: str) -> None:
    assert [c for c, _ in statements(nlp(text), cue)] == [content]


def test_a_clause_after_a_pronoun_object_is_still_what_was_said(nlp: Language) -> None:
    assert [c for c, _ in statements(nlp("The mayor showed them where the pipe had burst."), "showed")] == ["where the pipe had burst"]


def test_a_fronted_setting_is_not_an_inverted_statement() -> None:
    # the parser made the setting a clause of the verb; with an object after
    # the verb it is no statement the cue closes ("X will win, she told them")
    doc = parsed("""
        Later 6 ccomp ADV RBR late
        in 0 prep ADP IN in
        the 3 det DET DT the
        show 1 pobj NOUN NN show
        , 6 punct PUNCT , ,
        Holm 6 nsubj PROPN NNP Holm
        praised 6 ROOT VERB VBD praise
        them 6 dobj PRON PRP they
        . 6 punct PUNCT . .
    """)
    assert statements(doc, "praised") == [("them", "Holm")]
