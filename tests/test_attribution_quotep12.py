"""Contents that end at a colon and take what follows it: the full stop of
an abbreviation does not end the sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_colon_tail_goes_past_abbreviation(nlp: Language) -> None:
    doc = nlp("Ben Olt mocked two rivals: Sens. Ana Ruiz and Tom Vell. Then he left.")
    assert ("two rivals: Sens. Ana Ruiz and Tom Vell", "Ben Olt") in statements(doc, "mocked")


def test_colon_tail_stops_at_sentence_end(nlp: Language) -> None:
    doc = nlp("Ben Olt mocked one rival: Ana Ruiz. Then he left the sun.")
    assert ("one rival: Ana Ruiz", "Ben Olt") in statements(doc, "mocked")


def test_imperative_colon_line_is_a_statement(nlp: Language) -> None:
    # a guard dropping subjectless lines below the headline as section
    # headings gained one train prediction in five and was reverted: an
    # imperative after "Name:" is often that person's words
    doc = nlp("What each candidate needs on Tuesday.\n\nOlt: Just hang on.\n\nRuiz: We will win the coast.\n")
    assert [content for content, _ in statements(doc, ":")] == ["Just hang on", "We will win the coast"]


def test_article_excerpt_after_byline_is_not_the_author_speaking(nlp: Language) -> None:
    doc = nlp(
        'MUSEUM BEAT\u2014"Velden museum hires a fundraiser," by the Gazette\'s Tom Vell: '
        '"Ana Ruiz, 48 years old, has not led a museum before. But she spent the past decade as a fundraiser."'
    )
    assert not [a for a in extract(doc) if a.cue == ":"]
