"""What a cue inside a relative clause says, when the relative word is its
object: "which"/"who" stands for the antecedent as written, but a clause
opened by "that" is read as a description of its noun, which annotators
mark instead of the pronoun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The council shelved the ferry tax, which Mayor Dalen opposed.", "opposed", "which"),
        ("Trucks paid the ferry tax that Mayor Dalen had opposed in May.", "opposed", "the ferry tax"),
        # the parser made "that" the object, but it is the subject of what they hope
        ("The talks began Monday - a delicate dance that Dalen and leading members hope will soothe tensions and move their party forward.",
         "hope", "that Dalen and leading members hope will soothe tensions and move their party forward"),
    ],
)
def test_the_object_of_a_relative_cue(nlp: Language, text: str, cue: str, content: str) -> None:
    assert [c for c, _ in statements(nlp(text), cue)] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Reporter Ana Vell saw the brawl and described it in print.", "described", "it"),
        ("Both camps know it too, and the candidates keep coming back.", "know", "it"),
    ],
)
def test_a_pronoun_object_stands_alone(nlp: Language, text: str, cue: str, content: str) -> None:
    # what follows the pronoun tells where or how it was said
    assert [c for c, _ in statements(nlp(text), cue)] == [content]
