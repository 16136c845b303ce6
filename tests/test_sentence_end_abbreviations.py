"""An abbreviation that ends a sentence ("11 p.m.", "D.C.") carries the
sentence's full stop; the model labels it punctuation and hangs it on the main
verb, cutting the words before it off their clause. The pipeline puts it back
(`rashomon.nlp.sentence_end_abbreviations`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from rashomon.nlp import SENTENCE_END_ABBREVIATIONS

pytestmark = pytest.mark.slow

STORY = ("Orla Venn, a shift supervisor at the plant, told the Courier by phone that the fire started in a "
         "storage shed at about 11 p.m. She declined to say what was stored there.")


def test_the_model_alone_hangs_the_abbreviation_on_the_main_verb(nlp: Language) -> None:
    with nlp.select_pipes(disable=[SENTENCE_END_ABBREVIATIONS]):
        doc = nlp(STORY)
    pm = next(t for t in doc if t.text == "p.m.")
    assert (pm.dep_, pm.head.text) == ("punct", "told")


def test_it_becomes_the_object_of_the_preposition_left_without_one(nlp: Language) -> None:
    doc = nlp(STORY)
    pm = next(t for t in doc if t.text == "p.m.")
    assert (pm.dep_, pm.head.text) == ("pobj", "at")
    assert [s.text.split()[0] for s in doc.sents] == ["Orla", "She"]


def test_the_statement_keeps_its_time(nlp: Language) -> None:
    doc = nlp(STORY)
    told = next(a for a in extract(doc) if a.cue == "told")
    assert STORY[told.content_span[0]:told.content_span[1]] == \
        "that the fire started in a storage shed at about 11 p.m."


def test_after_a_name_it_stands_beside_the_name(nlp: Language) -> None:
    doc = nlp("The envoy met officials in Washington D.C. He said the talks went well.")
    dc = next(t for t in doc if t.text == "D.C.")
    assert dc.dep_ != "punct" and dc.head.text == "Washington"


def test_a_full_stop_of_its_own_is_left_alone(nlp: Language) -> None:
    doc = nlp("The fire started at about 11 pm. She declined to say more.")
    assert [t.dep_ for t in doc if t.text == "."] == ["punct", "punct"]
