"""A "headline; " first line that the full pass runs on into the next line is parsed alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.headlines import NAME

TEXT = "Skippers doubt the ferry plan will work; \nUnion leader calls it a gamble.\n\nThe harbour board met on Tuesday."
LINE_END = TEXT.index("\n")


@pytest.mark.slow
def test_a_semicolon_headline_becomes_a_sentence_of_its_own(nlp: Language) -> None:
    with nlp.select_pipes(disable=[NAME]):
        before = nlp(TEXT)
    # The full pass joins the two lines (else this test shows nothing).
    assert next(before.sents).end_char > LINE_END
    doc = nlp(TEXT)
    first = next(doc.sents)
    assert first.text.rstrip() == TEXT[:LINE_END].rstrip()
    assert all(first.start <= t.head.i < first.end for t in first)
    # The body keeps its parse and its offsets.
    body = [(t.idx, t.text, t.tag_) for t in doc if t.idx > LINE_END]
    assert body == [(t.idx, t.text, t.tag_) for t in before if t.idx > LINE_END]
    assert [t.head.i for t in doc if t.idx > len(TEXT) - 35] == [t.head.i for t in before if t.idx > len(TEXT) - 35]


@pytest.mark.slow
def test_the_body_words_joined_to_a_headline_are_parsed_as_one_sentence(nlp: Language) -> None:
    body = "A ferry company working in the port of Orlen has cancelled 40 crossings since Monday, its manager said."
    text = "Skippers count 40 cancelled crossings in Orlen\n" + body + "\n\nThe board met."
    with nlp.select_pipes(disable=[NAME]):
        assert next(nlp(text).sents).end_char > text.index("\n")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[:2] == ["Skippers count 40 cancelled crossings in Orlen", body]
    company = next(t for t in nlp(text) if t.text == "company")
    assert (company.dep_, company.head.text) == ("nsubj", "cancelled")
