"""Core speech verbs in shapes the frames miss: a report that broke the news
("first reported by"), a saying with no clause before a sentence-final cue,
a phrase cue whose preposition lost its object to a relative clause, a
passive free relative ("what is called X"), a past-tense cue the parser read
as an adjective, and a few phrases and reaction nouns the lexicon gained."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from rashomon.attribution import extract
from rashomon.attribution.indirect import verb_cue
from rashomon.attribution.lexicon import load_cues
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_first_reported_by_names_the_source_of_the_news(nlp: Language) -> None:
    doc = nlp("She has no licence to sail — a fact first reported by Tam Rell, a reporter for the Courier.")
    assert statements(doc, "reported") == [("a fact", "Tam Rell, a reporter for the Courier")]


def test_first_reported_subject_takes_what_its_clause_says(nlp: Language) -> None:
    doc = nlp("The ferry deal, first reported by the Velden Courier, is a key part of the harbour plan.")
    [found] = [a for a in extract(doc) if a.cue == "reported"]
    text = doc.text
    assert [text[a:b] for a, b in found.content_parts] == ["The ferry deal", "is a key part of the harbour plan"]
    assert found.speaker_span is not None and text[found.speaker_span[0] : found.speaker_span[1]] == "the Velden Courier"


def test_a_plain_report_by_an_agent_is_still_a_thing(nlp: Language) -> None:
    doc = nlp("The memo seen by the harbour board was three pages long.")
    assert statements(doc, "seen") == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Sorry, Orlo said.", "said", "Sorry", "Orlo"),
        ("Grow up, get serious and find a trade, Varda scolded.", "scolded", "Grow up, get serious and find a trade", "Varda"),
    ],
)
def test_a_saying_with_no_clause_before_a_closing_cue(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_an_opening_adverb_before_a_closing_cue_is_no_saying(nlp: Language) -> None:
    assert statements(nlp("Then, she apologized."), "apologized") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The reform the union warned about in its report failed.", "The reform", "the union"),
        ("This was exactly the sort of change the party warned about in its report.", "the sort of change", "the party"),
    ],
)
def test_a_phrase_cue_left_without_its_object_governs_the_noun_it_hangs_on(
    nlp: Language, text: str, content: str, speaker: str
) -> None:
    assert statements(nlp(text), "warned about") == [(content, speaker)]


def test_a_pronoun_subject_with_a_stranded_preposition_is_no_report(nlp: Language) -> None:
    assert statements(nlp("Those are the issues you care about."), "care about") == []


@pytest.mark.parametrize("verb", ["sparked", "got"])
def test_criticism_a_thing_sparked_or_got_is_a_reaction_to_it(nlp: Language, verb: str) -> None:
    doc = nlp(f"The ferry deal immediately {verb} criticism from harbour pilots.")
    assert statements(doc, f"{verb} criticism") == [("The ferry deal", "harbour pilots")]


def test_a_note_sounded_about_a_thing_is_said_of_it(nlp: Language) -> None:
    doc = nlp("Tam Rell, a pollster for the Courier, sounded a cautious note about the jobs figures.")
    assert statements(doc, "sounded a cautious note about") == [("the jobs figures", "Tam Rell, a pollster for the Courier")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The dock union agreed in 2011 to a two-tier wage plan.", "agreed in 2011 to", "a two-tier wage plan"),
        ("Orlo pushed back on those charges on Monday.", "pushed back on", "those charges"),
    ],
)
def test_a_stance_taken_on_what_the_preposition_governs(nlp: Language, text: str, cue: str, content: str) -> None:
    [(found, _)] = statements(nlp(text), cue)
    assert found == content


def test_agreeing_to_act_keeps_the_infinitive(nlp: Language) -> None:
    assert statements(nlp("The union agreed to pay the fine."), "agreed") == [("to pay the fine", "The union")]


def test_a_note_sounded_for_a_thing_is_said_of_it(nlp: Language) -> None:
    doc = nlp("Orlo sounded a nostalgic note for the old ferry.")
    assert statements(doc, "sounded a nostalgic note for") == [("the old ferry", "Orlo")]


def test_what_is_called_something_is_said_by_no_one_named(nlp: Language) -> None:
    doc = nlp("For twelve years, he held what is often described as the second-biggest job in the port.")
    assert statements(doc, "described") == [("what is often described as the second-biggest job in the port", None)]


def test_what_a_named_speaker_calls_something_stays_with_the_outer_verb(nlp: Language) -> None:
    assert statements(nlp("They favor what are called progressive taxes."), "called") == []


def test_an_onslaught_against_someone_is_said_of_them(nlp: Language) -> None:
    doc = nlp("Orlo continued his rhetorical onslaught against the council on Saturday.")
    assert [content for content, _ in statements(doc, "onslaught against")] == ["the council"]


# "He implied traders were to blame", parsed as the model misreads such
# sentences: the past-tense cue as an adjective on the noun after it
READ_AS_ADJECTIVE = [
    ("He", "he", "PRON", "PRP", "nsubj", 1),
    ("implied", "imply", "VERB", "VBD", "amod", 2),
    ("traders", "trader", "NOUN", "NNS", "nsubj", 3),
    ("were", "be", "AUX", "VBD", "ROOT", 3),
    ("to", "to", "PART", "TO", "aux", 5),
    ("blame", "blame", "VERB", "VB", "xcomp", 3),
    (".", ".", "PUNCT", ".", "punct", 3),
]
# "By 271 pledged delegates": a participle after a number is an adjective
PLEDGED_AFTER_A_NUMBER = [
    ("By", "by", "ADP", "IN", "ROOT", 0),
    ("271", "271", "NUM", "CD", "nummod", 3),
    ("pledged", "pledge", "VERB", "VBD", "amod", 3),
    ("delegates", "delegate", "NOUN", "NNS", "pobj", 0),
    (".", ".", "PUNCT", ".", "punct", 0),
]


def parsed(nlp: Language, rows: list[tuple[str, str, str, str, str, int]]) -> Doc:
    words, lemmas, pos, tags, deps, heads = zip(*rows)
    return Doc(nlp.vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags), deps=list(deps), heads=list(heads))


def test_a_past_tense_cue_read_as_an_adjective_after_a_subject_pronoun(nlp: Language) -> None:
    found = verb_cue(parsed(nlp, READ_AS_ADJECTIVE)[1], load_cues())
    assert found is not None and found.speaker is not None and found.speaker.text == "He"
    doc = found.speaker.doc
    assert [doc.text[a:b] for a, b in found.content] == ["traders were to blame"]


def test_a_past_tense_adjective_after_a_number_is_no_cue(nlp: Language) -> None:
    assert verb_cue(parsed(nlp, PLEDGED_AFTER_A_NUMBER)[2], load_cues()) is None
