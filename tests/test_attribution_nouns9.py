"""Reporting nouns whose owner is named outside the noun phrase: a plan or
promise in a "with" phrase belongs to the subject of the verb it hangs on."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Mayor Ilsa Vorn toured the harbour district on Monday, with plans to return in June.", "plans", "to return in June", "Mayor Ilsa Vorn"),
        ("The Delmar party courted farmers with promises to cut the grain levy.", "promises", "to cut the grain levy", "The Delmar party"),
    ],
)
def test_a_reporting_noun_in_a_with_phrase_belongs_to_the_subject(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_a_with_phrase_on_a_noun_names_no_holder(nlp: Language) -> None:
    assert statements(nlp("A budget with plans to cut the grain levy reached the council."), "plans") == []
