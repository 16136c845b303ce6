"""Quotes whose cue is the verb right before the comma or colon that opens
them, even when an earlier cue in the sentence reaches them first, and
quotes spoken by a pronoun after an inverted verb ('read one')."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_verb_before_comma_takes_the_quote_from_an_earlier_cue(nlp: Language) -> None:
    doc = nlp('After Mayor Ana Ruiz criticized the new pier, Ben Olt shot back, "The pier has never leaked once."')
    assert statements(doc, "criticized") == [("the new pier", "Mayor Ana Ruiz")]
    assert statements(doc, "shot") == [('"The pier has never leaked once."', "Ben Olt")]


def test_verb_of_a_relative_clause_is_no_cue(nlp: Language) -> None:
    doc = nlp('Ben Olt has since apologized for what happened: "I should have checked the pier myself."')
    assert [content for content, _ in statements(doc, "apologized for")] == [
        'what happened: "I should have checked the pier myself."'
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ('Signs lined the pier. "The pier is a disgrace to Orvala," read one.', "read", '"The pier is a disgrace to Orvala,"', "one"),
        ('Fans wrote all night. "The pier will sink by Friday," tweeted another.', "tweeted", '"The pier will sink by Friday,"', "another"),
    ],
)
def test_pronoun_after_an_inverted_verb_speaks(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_quoted_paragraph_after_an_object_and_colon_is_its_own_statement(nlp: Language) -> None:
    doc = nlp('Ben Olt then listed the faults of the pier:\n\n"It leaks in every storm and it sways in the wind."')
    assert statements(doc, "listed") == [
        ("the faults of the pier", "Ben Olt"),
        ('"It leaks in every storm and it sways in the wind."', "Ben Olt"),
    ]


def test_quote_after_a_cue_and_colon_stays_with_it(nlp: Language) -> None:
    doc = nlp('Ben Olt said:\n\n"It leaks in every storm and it sways in the wind."')
    assert statements(doc, "said") == [('"It leaks in every storm and it sways in the wind."', "Ben Olt")]
