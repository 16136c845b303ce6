"""Questions put to someone ("asked X that question", "when asked how ...")
and cues with two objects ("offered the crowd an assessment")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import parsed, statements


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an object naming a statement is what was asked, even after whom it was asked of
        ("The mayor of Velden recently asked Governor Marlow just that question.", "just that question", "The mayor of Velden"),
        ("Councillor Brisk has even been asked this question.", "this question", None),
        # the question hangs on the asker, who is not part of it
        ("Recently, Anna Voss was asked by a caller why the ferries are late.", "why the ferries are late", "a caller"),
        # a bare "when asked": the main clause's subject was asked, by no one named
        ("Mayor Tolle, when asked how the port would fare, said it would recover.", "how the port would fare", None),
    ],
)
def test_what_was_asked(nlp: Language, text: str, content: str, speaker: str | None) -> None:
    assert statements(nlp(text), "asked") == [(content, speaker)]


def test_whom_it_was_asked_of_is_not_the_question(nlp: Language) -> None:
    assert statements(nlp("The council asked Mayor Tolle."), "asked") == []


def test_a_clause_after_the_infinitive_is_the_next_statement() -> None:
    # the parser hangs the next clause on the cue, past its object and infinitive
    doc = parsed("""
        The 1 det DET DT the
        firm 2 nsubj NOUN NN firm
        asked 2 ROOT VERB VBD ask
        workers 2 dobj NOUN NNS worker
        to 5 aux PART TO to
        accept 2 xcomp VERB VB accept
        cuts 5 dobj NOUN NNS cut
        , 2 punct PUNCT , ,
        most 9 nsubj PRON DT most
        agreed 2 ccomp VERB VBD agree
        . 2 punct PUNCT . .
    """)
    assert statements(doc, "asked") == [("workers to accept cuts", "The firm")]


def test_a_determined_object_after_a_dative_is_what_was_said(nlp: Language) -> None:
    doc = nlp("Oskar Lind offered the crowd an emotional assessment of the harbour plan.")
    assert statements(doc, "offered") == [("an emotional assessment of the harbour plan", "Oskar Lind")]


def test_a_bare_object_after_a_dative_is_handed_over(nlp: Language) -> None:
    assert statements(nlp("The council offered him tips."), "offered") == []
