"""A "self-described" noun is a statement the person it describes makes of themself:
the description, without the clause after the noun; "the self-described X"
only refers back to someone already known."""

from __future__ import annotations

import pytest

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the person the phrase renames says it (the speaker mention keeps its apposition)
        ("Mr. Dalt, a self-described harbour patriot who owns three boats, spoke at the pier.", [("harbour patriot", "Mr. Dalt, a self-described harbour patriot who owns three boats")]),
        ("She is a self-described harbour patriot.", [("harbour patriot", "She")]),
        ("The tour drew crowds of self-described river pilgrims to Orvala.", [("river pilgrims", None)]),
        ('Voters included self-described "true blue" harbour families.', [('"true blue" harbour families', None)]),
        ('Ana Tell, a self-described "harbour rat," spoke.', []),
        # a definite noun phrase names someone known, it describes no one
        ("The self-described harbour patriot spoke at the pier.", []),
    ],
)
def test_self_described(nlp, text, content):
    assert statements(nlp(text), "self-described") == content
