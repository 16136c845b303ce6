"""Frames the parser hangs a step away from the cue: a subject on the
auxiliary, an infinitive read as a purpose after the verb's time words, a
clause hung on the predicate of a phrase cue, receptions whose source
follows "of", and the findings a survey's object states."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import parsed, statements
from test_attribution_phrasex import reception

pytestmark = pytest.mark.slow


def test_an_infinitive_after_the_cues_time_words(nlp: Language) -> None:
    doc = nlp("The Velden senator vowed last month to take her campaign to the convention.")
    assert statements(doc, "vowed") == [("to take her campaign to the convention", "The Velden senator")]


def test_a_purpose_after_a_comma_is_not_the_content(nlp: Language) -> None:
    doc = nlp("Velden pledged Friday, to reassure investors.")
    assert statements(doc, "pledged") == []


def test_a_clause_hung_on_the_predicate_of_a_phrase_cue(nlp: Language) -> None:
    doc = nlp("The agency has now made clear that it was stepping up its review.")
    assert statements(doc, "made clear") == [("that it was stepping up its review", "The agency")]


def test_the_backing_of_names_who_backs(nlp: Language) -> None:
    assert reception(nlp, "The bill has the backing of most council members.", "backing") == (
        "The bill", "members", "has backing")


def test_criticism_of_names_the_target_not_the_source(nlp: Language) -> None:
    found = reception(nlp, "The plan drew criticism of the mayor.", "criticism")
    assert found is not None and found[1] is None


def test_a_subject_hung_on_the_auxiliary_speaks() -> None:
    doc = parsed("""
        Velden 2 poss PROPN NNP Velden
        's 0 case PART POS 's
        allies 3 nsubj NOUN NNS ally
        have 7 aux AUX VBP have
        in 3 prep ADP IN in
        the 6 det DET DT the
        past 4 pobj NOUN NN past
        said 7 ROOT VERB VBD say
        he 9 nsubj PRON PRP he
        was 7 ccomp AUX VBD be
        tired 9 acomp ADJ JJ tired
        . 7 punct PUNCT . .
    """)
    assert statements(doc, "said") == [("he was tired", "Velden 's allies")]  # the words are spaced


def test_a_survey_finds_what_its_object_says(nlp: Language) -> None:
    doc = nlp("A recent Orvala survey found broad support for the harbour plan.")
    assert statements(doc, "found") == [("broad support for the harbour plan", "A recent Orvala survey")]


def test_a_person_finding_a_thing_states_nothing(nlp: Language) -> None:
    assert statements(nlp("The mayor found a buyer for the old harbour."), "found") == []


def test_a_name_read_as_a_complement_is_the_object() -> None:
    doc = parsed("""
        Skywriters 1 nsubj NOUN NNS skywriter
        blasted 1 ROOT VERB VBD blast
        Velden 1 xcomp PROPN NNP Velden
        . 1 punct PUNCT . .
    """)
    assert statements(doc, "blasted") == [("Velden", "Skywriters")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It seems like no harbour will be spared.", "no harbour will be spared"),
        ("It seems increasingly likely that Velden will win.", "increasingly likely that Velden will win"),
    ],
)
def test_the_clause_a_raising_verb_hedges_after_an_empty_it(nlp: Language, text: str, content: str) -> None:
    assert [s for s in statements(nlp(text), "seems")] == [(content, None)]
