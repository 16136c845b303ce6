"""A reporting verb coordinated inside a content with a perfect tense of its
own ("... and has since described X as Y") starts a second statement of the
first speaker's, whatever follows it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_own_perfect_ends_the_content_and_keeps_the_speaker(nlp: Language) -> None:
    doc = nlp("Councillor Brana Velk said the ferry service would end in June and has since described the decision as reckless.")
    assert statements(doc, "said") == [("the ferry service would end in June", "Councillor Brana Velk")]
    assert statements(doc, "described") == [("the decision as reckless", "Councillor Brana Velk")]


def test_a_wish_with_a_perfect_stays_in_the_content(nlp: Language) -> None:
    # the gold keeps a coordinated wish in the first content unless it brings a clause
    doc = nlp("Councillor Brana Velk said the ferry service would end in June and has since urged the council to build a bridge.")
    assert [c for c, _ in statements(doc, "said")] == [
        "the ferry service would end in June and has since urged the council to build a bridge"
    ]
