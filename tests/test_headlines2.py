"""Headline re-parse: names the body capitalises keep their capital (rashomon.headlines)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

from rashomon.headlines import NAME, body_names, sentence_case

BODY = "\n\nThe harbour board met on Monday. Dalen said the plan was sound, and Velden backed Dalen. Orlen agreed with Trask."


def test_sentence_case_keeps_names() -> None:
    words = ["Mayor", "Dalen", "Praises", "Velden", "Plan"]
    assert sentence_case(words, frozenset({"Velden", "Dalen"})) == ["Mayor", "Dalen", "praises", "Velden", "plan"]


@pytest.mark.slow
def test_body_names_are_words_capitalised_inside_a_sentence(nlp: Language) -> None:
    doc = nlp("The harbour board met. Dalen said the NDP plan was sound, and Velden agreed.")
    assert body_names(doc[:]) == {"Velden"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "cue", "content", "speaker"),
    [
        ("Mayor Dalen Praises Velden Harbour Plan", "Praises", "Velden Harbour Plan", "Mayor Dalen"),
        ("Dalen Backs Velden And Denounces Trask", "Denounces", "Trask", "Dalen"),
    ],
)
def test_a_headline_keeps_the_names_of_its_body(nlp: Language, headline: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(headline + BODY), cue) == [(content, speaker)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "cue", "content", "speaker"),
    [
        ("Ferry Skippers Blast Mayor Over Tolls", "Blast", "Mayor Over Tolls", "Ferry Skippers"),
        ("Ferry skippers blast toll rise.", "blast", "toll rise", "Ferry skippers"),
    ],
)
def test_a_verbless_headline_is_read_with_its_present_tense_verb(
    nlp: Language, headline: str, cue: str, content: str, speaker: str
) -> None:
    assert statements(nlp(headline + BODY), cue) == [(content, speaker)]


@pytest.mark.slow
def test_a_sentence_case_headline_with_a_verb_keeps_its_parse(nlp: Language) -> None:
    text = "Orlen fishermen slam new quota." + BODY
    with nlp.select_pipes(disable=[NAME]):
        before = [(t.tag_, t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.tag_, t.dep_, t.head.i) for t in nlp(text)] == before
