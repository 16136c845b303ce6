"""Where a content keeps a verb the parse coordinated with it: in the same
tense as a content with a subject of its own, the verb shares that subject
("said the guild is neutral and supports X"); it starts the speaker's next
statement only when it brings in a clause or an accusation of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mayor Tolvan said the guild is not a party group and supports candidates from every district.",
            "the guild is not a party group and supports candidates from every district",
        ),
        ("Ms. Arvo said the council is short of money and favors a new harbour tax.", "the council is short of money and favors a new harbour tax"),
    ],
)
def test_a_verb_sharing_the_contents_subject_stays_in_it(nlp: Language, text: str, content: str) -> None:
    assert [c for c, _ in statements(nlp(text), "said")] == [content]


def test_an_accusation_is_the_speakers_next_statement(nlp: Language) -> None:
    doc = nlp("Ms. Arvo said Mr. Benn was careless and criticized him for the delay.")
    assert [c for c, _ in statements(doc, "said")] == ["Mr. Benn was careless"]
    assert [c for c, _ in statements(doc, "criticized")] == ["him for the delay"]
