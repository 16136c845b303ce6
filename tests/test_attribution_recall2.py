"""Cue verbs and frames the attribution stage used to miss: questions put to
someone, passive reports to an addressee, words that stand for a statement,
and less common reporting verbs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from rashomon.attribution.frames import question_clause
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
    # "look" alone hedges its subject ("the plan looks doomed"); "look forward to" is the subject's wish
    content, speaker = statement(nlp, "The fishers are looking forward to the regatta.", "looking forward to")
    assert content == "the regatta"
    assert speaker == "The fishers"


def test_apologizing_to_someone_is_no_statement(nlp: Language) -> None:
    assert [a for a in extract(nlp("Dorn apologized to the fishers.")) if a.cue.startswith("apologized")] == []
