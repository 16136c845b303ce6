"""Statements the attribution stage used to miss altogether: unusual subjects,
negated cues, parses that hide the clause or the speaker, questions put to
someone, passive reports to an addressee, words that stand for a statement,
and less common reporting verbs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from rashomon.attribution.frames import question_clause

pytestmark = pytest.mark.slow


def statement(nlp: Language, text: str, cue: str) -> tuple[str, str | None]:
    """Content and speaker, as written, of the one statement with this cue."""
    [item] = [a for a in extract(nlp(text)) if a.cue == cue]
    speaker = text[item.speaker_span[0] : item.speaker_span[1]] if item.speaker_span else None
    return text[item.content_span[0] : item.content_span[1]], speaker


def test_a_percentage_can_be_the_speaker(nlp: Language) -> None:
    # spaCy counts "%" as punctuation; it is the head of the subject here
    content, speaker = statement(nlp, "On housing, 42% say they are worried about rents in Velden.", "say")
    assert content == "they are worried about rents in Velden"
    assert speaker == "42%"


def test_the_subject_of_an_adjective_says_its_clause(nlp: Language) -> None:
    content, speaker = statement(nlp, "Farmers in Orvala are more likely to say that the dam has hurt them.", "say")
    assert content == "that the dam has hurt them"
    assert speaker == "Farmers in Orvala"


def test_a_cue_inside_a_clause_that_has_a_cue_of_its_own(nlp: Language) -> None:
    # "finding" is a cue too; the parenthetical "she said" still carries the sentence
    content, speaker = statement(nlp, "Overall, she said, the smaller parties are finding themselves ignored.", "said")
    assert "the smaller parties are finding themselves ignored" in content
    assert speaker == "she"


def test_a_that_clause_after_a_time_phrase(nlp: Language) -> None:
    # the parser hangs the clause on "start", as if it said what the start was
    text = "Ilse Dorn has said from the start that she will ensure that Velden pays for the bridge."
    content, speaker = statement(nlp, text, "said")
    assert content == "that she will ensure that Velden pays for the bridge"
    assert speaker == "Ilse Dorn"


def test_words_between_a_verb_and_its_preposition(nlp: Language) -> None:
    content, speaker = statement(nlp, "Governor Pell spoke warmly of the new harbour at the rally.", "spoke warmly of")
    assert content == "the new harbour"
    assert speaker == "Governor Pell"
    content, speaker = statement(nlp, "Anna Reyt talked to reporters about the flooding in Orvala.", "talked to reporters about")
    assert content == "the flooding in Orvala"
    assert speaker == "Anna Reyt"


def test_as_someone_pointed_out(nlp: Language) -> None:
    text = "But the ferry has stopped running, as the harbour master pointed out."
    content, speaker = statement(nlp, text, "pointed out")
    assert content == "the ferry has stopped running"
    assert speaker == "the harbour master"


def test_less_common_reporting_verbs(nlp: Language) -> None:
    content, speaker = statement(nlp, "The auditor savaged the harbour fund.", "savaged")
    assert content == "the harbour fund" and speaker == "The auditor"
    content, speaker = statement(nlp, "In her memoir, Lena Ostrava recounts the night the dam broke.", "recounts")
    assert content == "the night the dam broke" and speaker == "Lena Ostrava"


def test_the_subject_of_an_agent_noun_holds_its_view(nlp: Language) -> None:
    content, speaker = statement(nlp, "Senator Oma Tveit is a vocal critic of the harbour tax.", "critic of")
    assert content == "the harbour tax" and speaker == "Senator Oma Tveit"


def test_asking_someone_if(nlp: Language) -> None:
    # the parser hangs the if-question on "asked" as an adverbial clause
    content, speaker = statement(nlp, "Lomax asked the students if they were always so serious.", "asked")
    assert content == "if they were always so serious"
    assert speaker == "Lomax"


def test_an_if_clause_after_a_statement_verb_is_no_question(nlp: Language) -> None:
    # "said if ..." states a condition inside the clause; only question cues take it as their content
    doc = nlp("Lomax asked the students if they were always so serious.")
    asked = doc[1]
    assert [t.text for t in question_clause(asked, "question")] == ["were"]
    assert question_clause(asked, "assert") == []


def test_asked_about_something_by_someone_unnamed(nlp: Language) -> None:
    content, speaker = statement(nlp, "Varga was asked about the toll increase.", "asked about")
    assert content == "the toll increase"
    assert speaker is None


def test_asked_to_do_something_by_someone_unnamed(nlp: Language) -> None:
    content, speaker = statement(nlp, "Varga has been asked to release the ledgers.", "asked")
    assert content == "to release the ledgers"
    assert speaker is None


def test_an_addressee_alone_is_no_statement(nlp: Language) -> None:
    assert [a for a in extract(nlp("Varga was told.")) if a.cue == "told"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Last year, 40 percent of the fishers said so.", "so"),
        ("In March, 31 percent said the same.", "the same"),
        ("Most of the fishers said yes.", "yes"),
    ],
)
def test_a_word_standing_for_the_statement(nlp: Language, text: str, content: str) -> None:
    found, speaker = statement(nlp, text, "said")
    assert found == content
    assert speaker is not None


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Senator Oma Tveit named Ilse Dorn as her deputy.", "named", "Ilse Dorn as her deputy", "Senator Oma Tveit"),
        ("The fishers pressed the council to reopen the harbour.", "pressed", "the council to reopen the harbour", "The fishers"),
        ("Dorn campaigned against the bridge toll.", "campaigned against", "the bridge toll", "Dorn"),
        ("Most of the crew agreed with the skipper.", "agreed with", "the skipper", "Most of the crew"),
        ("Lomax is talking up the new harbour.", "talking up", "the new harbour", "Lomax"),
        ("The auditor hammered the harbour fund.", "hammered", "the harbour fund", "The auditor"),
        ("Dorn scoffed at the idea of a toll.", "scoffed at", "the idea of a toll", "Dorn"),
    ],
)
def test_less_common_cue_verbs_and_phrases(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statement(nlp, text, cue) == (content, speaker)


def test_a_phrase_cue_on_a_raising_verb_names_its_source(nlp: Language) -> None:
    # "look forward to" is the subject's wish, as "looking to ..." is its intention
    content, speaker = statement(nlp, "The fishers are looking forward to the regatta.", "looking forward to")
    assert content == "the regatta"
    assert speaker == "The fishers"


def test_apologizing_to_someone_is_no_statement(nlp: Language) -> None:
    assert [a for a in extract(nlp("Dorn apologized to the fishers.")) if a.cue.startswith("apologized")] == []
