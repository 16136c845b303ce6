"""Statements the attribution stage used to miss altogether: unusual subjects,
negated cues, and parses that hide the clause or the speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from rashomon.nlp import load_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


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
