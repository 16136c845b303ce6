"""Title Case headlines re-parsed from a sentence-cased copy (rashomon.headlines)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

from rashomon.headlines import NAME, sentence_case, title_case

BODY = "\n\nThe harbour of Orlen was quiet on Monday."


def test_title_case_needs_most_of_three_words_capitalised() -> None:
    assert title_case("Kestle Council Denies Ferry Was Unsafe")
    assert title_case("Velden Warns Plan Could Cost Jobs in the Harbour")
    assert not title_case("Kestle council denies the ferry was unsafe")
    assert not title_case("Orlen Decides")


def test_sentence_case_keeps_the_first_word_after_a_colon_and_acronyms() -> None:
    words = ["Orlen", "Vote", ":", "Velden", "Says", "NDP", "Plan", "Will", "Fail"]
    assert sentence_case(words) == ["Orlen", "vote", ":", "Velden", "says", "NDP", "plan", "will", "fail"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "cue", "content", "speaker"),
    [
        ("Kestle Council Denies Ferry Was Unsafe", "Denies", "Ferry Was Unsafe", "Kestle Council"),
        ("Velden Warns Harbour Plan Could Cost Jobs", "Warns", "Harbour Plan Could Cost Jobs", "Velden"),
    ],
)
def test_a_title_case_headline_yields_its_statement(nlp: Language, headline: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(headline + BODY), cue) == [(content, speaker)]
    with nlp.select_pipes(disable=[NAME]):
        assert statements(nlp(headline + BODY), cue) == []


def parse_of(doc) -> list[tuple]:
    return [(t.idx, t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in doc]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a sentence-case first line and a capitalised body paragraph
        "Velden said the harbour plan would cost jobs.\n\nThe Orlen Harbour Trust Met On Monday\n\nIt Said Nothing.",
        "Orlen Decides\n\nThe Mayor Of Orlen Said The Plan Was Dead.",
    ],
)
def test_other_lines_are_untouched(nlp: Language, text: str) -> None:
    with nlp.select_pipes(disable=[NAME]):
        before = parse_of(nlp(text))
    assert parse_of(nlp(text)) == before


@pytest.mark.slow
def test_the_headline_keeps_its_text_offsets_and_entities(nlp: Language) -> None:
    text = "Mayor Dalen Admits Ferry Fares Will Rise" + BODY
    with nlp.select_pipes(disable=[NAME]):
        before = nlp(text)
    after = nlp(text)
    assert after.text == text
    assert [(t.idx, t.text, t.whitespace_) for t in after] == [(t.idx, t.text, t.whitespace_) for t in before]
    assert [(e.start_char, e.end_char, e.label_) for e in after.ents] == [(e.start_char, e.end_char, e.label_) for e in before.ents]
    assert after[4].lemma_ == "fare" and after[2].pos_ == "VERB"


@pytest.mark.slow
def test_a_body_joined_to_the_headline_gets_a_sentence_of_its_own(nlp: Language) -> None:
    text = "Is This Velden’s Last Ferry?\n\nORLEN — The mayor said on Monday that she would sail again."
    sentences = [s.text for s in nlp(text).sents]
    assert sentences[0] == "Is This Velden’s Last Ferry?\n\n"
    assert all("ORLEN" not in s or "Velden" not in s for s in sentences)
