"""Reporting nouns that are not statements of their own (a noun a verb turns
away, another's claim a speech verb answers, a speech named after the verb it
took place in) and a crowd's chant with no owner."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from test_attribution_nouns import statements

from rashomon.attribution.content import word_list

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    ["The mayor dodged questions about the ferry budget.", "The mayor sidestepped questions about whether the pier would close."],
)
def test_a_noun_a_verb_turns_away_is_no_statement(nlp: Language, text: str) -> None:
    assert statements(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor rejected criticism that the ferry budget was wasted.", "rejected"),
        ("The guild mocked concerns about the new toll.", "mocked"),
    ],
)
def test_a_noun_a_speech_verb_turns_away_is_only_that_verbs_object(nlp: Language, text: str, cue: str) -> None:
    assert [found[0] for found in statements(nlp, text)] == [cue]


def test_a_named_claim_a_speech_verb_answers_is_held_by_that_verb(nlp: Language) -> None:
    found = statements(nlp, "The council rebutted Ann Vole's claim that the harbour would close.")
    assert found == [("rebutted", "Ann Vole's claim that the harbour would close", "The council")]


def test_the_speakers_own_claim_stays_a_statement(nlp: Language) -> None:
    found = statements(nlp, "Ann Vole repeated her claim that the harbour would close.")
    assert ("claim", "that the harbour would close", "her") in found


def test_a_chant_with_no_owner_is_a_statement(nlp: Language) -> None:
    text = 'The crowd greeted her with chants of "Save the pier!"'
    assert ("chants of", '"Save the pier!"', None) in statements(nlp, text)


def test_a_speech_after_its_verb_is_where_it_happened(nlp: Language) -> None:
    found = statements(nlp, "Marta Quell was even more scathing in her remarks, vowing to scrap the levy.")
    assert found == [("vowing", "to scrap the levy", "Marta Quell")]
    assert statements(nlp, "The feud ended in Olam Brisk's tweet mocking the levy.") == [("mocking", "the levy", "Olam Brisk")]


def test_a_speech_opening_the_sentence_still_attributes_it(nlp: Language) -> None:
    text = "In his column, Olam Brisk sided with the ferry crews."
    assert ("In his column", "Olam Brisk sided with the ferry crews", "his") in statements(nlp, text)


def test_the_verbs_that_turn_a_noun_away_are_a_data_file_the_user_extends(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The mayor parried questions about the ferry budget."
    assert statements(nlp, text) != []  # "parry" is not in the bundled list
    (tmp_path / "turning_away_verbs.txt").write_text("parry\n", encoding="utf-8")
    monkeypatch.setenv("RASHOMON_DATA", str(tmp_path))
    word_list.cache_clear()  # word lists are read once per process
    try:
        assert statements(nlp, text) == []
    finally:
        monkeypatch.undo()
        word_list.cache_clear()
