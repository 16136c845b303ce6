"""Unsourced raising and passive statements: which span is what is said."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a clause before a named subject is a neighbouring sentence, not the content
        (
            "Farmers in Velmora are not required to sell their grain; instead, they are expected to store it until spring.",
            "expected",
            "they are expected to store it until spring",
        ),
        # with no clause to hedge, "it" is the thing that seems so
        ("The levy was unpopular in Tarsk, and it now appears certain to fail.", "appears", "it now appears certain to fail"),
        # the parse may take the predicate of "seem" for an object
        ("For the Brask party, the tally seemed a warning that rallies alone win no votes.", "seemed", "the tally seemed a warning that rallies alone win no votes"),
        # a clause as the subject
        ("But what the Dorvin council did last week can hardly be considered a reform.", "considered", "what the Dorvin council did last week can hardly be considered a reform"),
        # an aside after a dash is the writer's, unless it renames the noun before it
        ("Orvo is expected to cut 50 workers this week -- the first wave in a total of 90 layoffs.", "expected", "Orvo is expected to cut 50 workers this week"),
        (
            "The mayor seemed to be doing the same against an unlikely rival -- a retired judge from Tarsk.",
            "seemed",
            "The mayor seemed to be doing the same against an unlikely rival -- a retired judge from Tarsk",
        ),
    ],
)
def test_unsourced_content(nlp: Language, text: str, cue: str, content: str) -> None:
    assert statements(nlp(text), cue) == [(content, None)]
