"""Where a content stops before a clause that belongs to the cue's speaker
rather than to the content: a finite verb the parse coordinated with an
infinitive content ("vowed to keep X and celebrated Y")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Mayor Ostrand vowed to keep the harbour library open and celebrated the vote on Monday.", "vowed", "to keep the harbour library open"),
        ("Ms. Telvin promised to repair the Korra bridge and thanked the volunteers.", "promised", "to repair the Korra bridge"),
    ],
)
def test_a_finite_verb_does_not_share_the_infinitive(nlp: Language, text: str, cue: str, content: str) -> None:
    assert [c for c, _ in statements(nlp(text), cue)] == [content]


def test_a_coordinated_infinitive_stays_in_the_content(nlp: Language) -> None:
    doc = nlp("Mayor Ostrand vowed to keep the harbour library open and expand its hours.")
    assert [c for c, _ in statements(doc, "vowed")] == ["to keep the harbour library open and expand its hours"]


def test_a_contrasted_statement_ends_an_object_content(nlp: Language) -> None:
    # the object's content runs past its own subtree ("of wasting money"), and
    # the clause set against it hangs in that stretch
    doc = nlp("Councillors accused each other of wasting money on the Korra bridge while engineers warned of a flood.")
    assert [c for c, _ in statements(doc, "accused")] == ["each other of wasting money on the Korra bridge"]
