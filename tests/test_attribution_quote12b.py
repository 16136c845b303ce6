"""Short quotes after a verb of speech with a manner word or phrase before
the colon or comma, titles after a misread noun, and contents that end at a
colon taking what follows it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('Ben Olt asked whether the pier would reopen, and Ana Ruiz responded cheerfully: "Soon!"', "responded", '"Soon!"'),
        ('When Ben Olt spoke, the crowd shouted back at him, "Go home."', "shouted", '"Go home."'),
    ],
)
def test_short_quote_after_manner_words(nlp: Language, text: str, cue: str, content: str) -> None:
    assert content in [found for found, _ in statements(nlp(text), cue)]


def test_object_before_colon_keeps_its_statement(nlp: Language) -> None:
    doc = nlp('Minutes later, Ana Ruiz tweeted this: "The pier stays open. We will not move."')
    contents = [content for content, _ in statements(doc, "tweeted")]
    assert len(contents) == 1 and contents[0].endswith('"The pier stays open. We will not move."')


def test_no_statement_for_title_after_misread_noun(nlp: Language) -> None:
    doc = nlp('Ben Olt was joined by Ana Ruiz, star of the cable reality show "Boat Wars."')
    assert not any('"Boat Wars."' == doc.text[a.content_span[0] : a.content_span[1]] for a in extract(doc))


def test_content_ending_at_colon_takes_what_follows(nlp: Language) -> None:
    doc = nlp("Ben Olt mocked three rivals: Ana Ruiz, Tom Vell and Kai Orm. Then he left.")
    assert ("three rivals: Ana Ruiz, Tom Vell and Kai Orm", "Ben Olt") in statements(doc, "mocked")


def test_question_after_colon_stays_apart(nlp: Language) -> None:
    doc = nlp("Ana Ruiz faced a dilemma as she weighed how to answer Ben Olt: should she attack him? Nobody knew.")
    assert all("should" not in content for content, _ in statements(doc, "answer"))
