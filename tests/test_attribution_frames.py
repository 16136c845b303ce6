"""Cue verbs whose speaker or content the parse puts out of the usual
places: participles and infinitives with no subject of their own, a "that"
clause deep inside a phrase after the cue, a clause hung on the addressee,
a subject the parser took for a clause, and participles with no agent."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


def statements(doc: Doc, cue: str) -> list[tuple[str, str | None]]:
    """Content and speaker, as written, of each statement with this cue."""
    text = doc.text
    return [
        (text[a.content_span[0] : a.content_span[1]], text[a.speaker_span[0] : a.speaker_span[1]] if a.speaker_span else None)
        for a in extract(doc)
        if a.cue == cue
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("In Orvala, those backing the mayor outnumber those opposing her.", "backing", "the mayor", "those"),
        # the infinitive completes an adjective: its subject speaks
        ("Council members were quick to describe the budget as reckless.", "describe", "the budget as reckless", "Council members"),
        # a gerund after a noun's preposition: the clause's subject speaks
        ("Mayor Dalen drew criticism for praising the new tax.", "praising", "the new tax", "Mayor Dalen"),
    ],
)
def test_the_speaker_of_a_verb_without_a_subject(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_a_timetable_is_no_statement(nlp: Language) -> None:
    assert statements(nlp("The Velden council is due to discuss the strike next week."), "discuss") == []


def test_a_thing_does_not_speak_through_a_gerund(nlp: Language) -> None:
    assert statements(nlp("Her long absence was the main reason for criticizing the council."), "criticizing") == []


def parsed(rows: str) -> Doc:
    """A sentence with the parse written out, one "word head dep pos tag
    lemma" per line (head as a token index): the parses these rules mend
    come and go with the model version. The vocabulary is English's, for the
    lower-case forms the rules read."""
    fields = [line.split() for line in rows.strip().splitlines()]
    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*fields))
    return Doc(spacy.blank("en").vocab, words=words, heads=[int(h) for h in heads], deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_a_coordinated_participle_shares_the_noun_of_the_first() -> None:
    doc = parsed("""
        They 1 nsubj PRON PRP they
        joined 1 ROOT VERB VBD join
        a 3 det DET DT a
        group 1 dobj NOUN NN group
        opposing 3 acl VERB VBG oppose
        the 6 det DET DT the
        dam 4 dobj NOUN NN dam
        and 4 cc CCONJ CC and
        calling 4 conj VERB VBG call
        for 8 prep ADP IN for
        a 11 det DET DT a
        survey 9 pobj NOUN NN survey
        . 1 punct PUNCT . .
    """)
    assert statements(doc, "calling for") == [("a survey", "a group")]


def test_a_that_clause_deep_in_a_setting_phrase() -> None:
    # "that" opens the statement, not a relative clause of "posts"
    doc = parsed("""
        Dalen 1 nsubj PROPN NNP Dalen
        said 1 ROOT VERB VBD say
        in 1 prep ADP IN in
        one 2 pobj NUM CD one
        of 3 prep ADP IN of
        his 6 poss PRON PRP$ his
        posts 4 pobj NOUN NNS post
        that 11 mark SCONJ IN that
        the 9 det DET DT the
        bridge 11 nsubj NOUN NN bridge
        would 11 aux AUX MD will
        reopen 6 relcl VERB VB reopen
        . 1 punct PUNCT . .
    """)
    assert statements(doc, "said") == [("that the bridge would reopen", "Dalen")]


def test_a_question_hung_on_the_addressee() -> None:
    doc = parsed("""
        Varn 1 nsubj PROPN NNP Varn
        asked 1 ROOT VERB VBD ask
        Pell 1 dobj PROPN NNP Pell
        how 4 advmod SCONJ WRB how
        long 7 advmod ADV RB long
        it 7 nsubj PRON PRP it
        would 7 aux AUX MD will
        take 2 ccomp VERB VB take
        . 1 punct PUNCT . .
    """)
    assert statements(doc, "asked") == [("how long it would take", "Varn")]


def test_a_clause_read_as_a_relative_clause_of_the_addressee() -> None:
    doc = parsed("""
        Pell 1 nsubj PROPN NNP Pell
        assured 1 ROOT VERB VBD assure
        voters 1 dobj NOUN NNS voter
        she 4 nsubj PRON PRP she
        was 2 relcl AUX VBD be
        ready 4 acomp ADJ JJ ready
        . 1 punct PUNCT . .
    """)
    assert statements(doc, "assured") == [("she was ready", "Pell")]


def test_a_subject_parsed_as_a_clause_speaks_the_clause_after_the_verb() -> None:
    # "Activists clamoring for a strike" taken for a clause of "say"
    doc = parsed("""
        Activists 1 nsubj NOUN NNS activist
        clamoring 5 ccomp VERB VBG clamor
        for 1 prep ADP IN for
        a 4 det DET DT a
        strike 2 pobj NOUN NN strike
        say 5 ROOT VERB VBP say
        they 8 nsubj PRON PRP they
        will 8 aux AUX MD will
        walk 5 ccomp VERB VB walk
        out 8 prt ADP RP out
        . 5 punct PUNCT . .
    """)
    assert statements(doc, "say") == [("they will walk out", "Activists")]


def test_a_participle_with_a_complement_and_no_agent_is_unsourced(nlp: Language) -> None:
    doc = nlp("Pell won the string of contests known as the Spring Round.")
    assert statements(doc, "known") == [("the string of contests known as the Spring Round", None)]


def test_a_participle_that_only_names_is_no_statement(nlp: Language) -> None:
    assert statements(nlp("Pell gave money to a group called Green Velden."), "called") == []


def test_a_second_object_completes_what_was_said() -> None:
    # the parser may read "called him the enforcer" as two objects
    doc = parsed("""
        Imre 1 nsubj PROPN NNP Imre
        called 1 ROOT VERB VBD call
        him 1 dobj PRON PRP he
        the 4 det DET DT the
        enforcer 1 dobj NOUN NN enforcer
        . 1 punct PUNCT . .
    """)
    assert statements(doc, "called") == [("him the enforcer", "Imre")]
