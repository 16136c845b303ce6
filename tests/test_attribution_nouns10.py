"""Reporting nouns whose "of" phrase is what their owner said, and verbs read as nouns."""

from spacy.language import Language
from test_attribution_frames import parsed, statements

from rashomon.attribution.lexicon import load_cues
from rashomon.attribution.nominal import misread_verb_cue


def test_an_owned_reporting_noun_reports_its_of_phrase(nlp: Language) -> None:
    doc = nlp("Mayor Tolvan's announcement of the new ferry schedule surprised the council.")
    assert statements(doc, "announcement of") == [("the new ferry schedule", "Mayor Tolvan")]


def test_an_unowned_reporting_noun_reports_no_of_phrase(nlp: Language) -> None:
    doc = nlp("The announcement of the new ferry schedule surprised the council.")
    assert statements(doc, "announcement of") == []


def test_a_noun_with_a_subject_is_read_as_the_verb_it_is() -> None:
    doc = parsed("""
        The 1 det DET DT the
        candidate 2 nsubj NOUN NN candidate
        plans 2 ROOT NOUN NNS plan
        to 4 aux PART TO to
        return 2 xcomp VERB VB return
        . 2 punct PUNCT . .
    """)
    found = misread_verb_cue(doc[2], load_cues())
    assert found is not None and (found.speaker.i, found.content_head.i) == (1, 4)


def test_a_noun_coordinated_with_a_verb_shares_its_subject() -> None:
    doc = parsed("""
        She 1 nsubj PRON PRP she
        rails 1 ROOT VERB VBZ rail
        against 1 prep ADP IN against
        tolls 2 pobj NOUN NNS toll
        and 1 cc CCONJ CC and
        pledges 1 conj NOUN NNS pledge
        to 7 aux PART TO to
        fight 5 xcomp VERB VB fight
        . 1 punct PUNCT . .
    """)
    found = misread_verb_cue(doc[5], load_cues())
    assert found is not None and (found.speaker.i, found.content_head.i) == (0, 7)
