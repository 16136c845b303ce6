"""Reporting sentences the parse breaks around "say"."""

from __future__ import annotations

from spacy.language import Language
from test_attribution_frames import parsed, statements


def test_clause_before_the_cue_over_a_later_infinitive(nlp: Language) -> None:
    # the infinitive after "during her speech" sets the scene; the clause before is what was said
    text = "My loyalty has moved from Verho to Brant, Tamsin Orley said during her speech to be a harbour delegate."
    assert statements(nlp(text), "said") == [("My loyalty has moved from Verho to Brant", "Tamsin Orley")]


def test_a_complementizer_read_as_a_relative_object() -> None:
    # "that" tagged as a complementizer, yet parsed as the object of a relative clause on "forum"
    doc = parsed("""
        Verho 1 nsubj PROPN NNP Verho
        said 1 ROOT VERB VBD say
        before 1 prep ADP IN before
        attending 2 pcomp VERB VBG attend
        the 5 det DET DT the
        forum 3 dobj NOUN NN forum
        that 12 dobj SCONJ IN that
        the 8 det DET DT the
        station 9 nsubj NOUN NN station
        asked 5 relcl VERB VBD ask
        her 9 dobj PRON PRP she
        to 12 aux PART TO to
        speak 9 xcomp VERB VB speak
        . 1 punct PUNCT . .
    """)
    assert statements(doc, "said") == [("that the station asked her to speak", "Verho")]


def test_a_surname_read_as_a_function_word(nlp: Language) -> None:
    # "Will" is tagged as the auxiliary; capitalised after a comma it names the writer
    text = "Above all, Will wrote, the council has been given a chance to fix the harbour because of its record on floods."
    assert statements(nlp(text), "wrote") == [
        ("the council has been given a chance to fix the harbour because of its record on floods", "Will")
    ]
