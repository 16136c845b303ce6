"""Quotes with a reporting verb of their own right after them are their own
statements, not pieces of another statement in their sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_quote_with_its_own_verb_leaves_a_later_cue(nlp: Language) -> None:
    doc = nlp(
        '"Ferries should run all night long," tweeted Pim Olst, the cousin of the late mayor, '
        "on Thursday, hours after Dara Vell retweeted the photo in question."
    )
    assert statements(doc, "tweeted") == [('"Ferries should run all night long,"', "Pim Olst")]
    assert statements(doc, "retweeted") == [("the photo in question", "Dara Vell")]


def test_quote_with_its_own_verb_leaves_a_clause_on_its_speaker(nlp: Language) -> None:
    doc = nlp(
        '"She needs one or two big ideas that match the scale of the problem," said Ruth Amsel, '
        'who served as harbour master during the flood yet endorsed Pim Olst in the primary. "Her instinct is to wait."'
    )
    [(content, speaker)] = statements(doc, "said")
    assert content.startswith('"She needs') and content.endswith('"Her instinct is to wait."')
    assert speaker == "Ruth Amsel"
    assert all(not c.startswith('"') for c, _ in statements(doc, "endorsed"))
