"""Speakers of statements whose cue has no subject of its own: a noun in a
preposition's phrase on a verb, ..."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # the noun's preposition hangs on a verb: its subject holds the view
        ("But the Velden board has been working under the assumption that the pier will reopen.", "assumption", "the Velden board"),
        ("Mayor Prell roused the crowd with criticism of the harbour plan.", "criticism of", "Mayor Prell"),
    ],
)
def test_preposition_holder(nlp: Language, text: str, cue: str, speaker: str) -> None:
    assert [s for _, s in statements(nlp(text), cue)] == [speaker]


def test_preposition_holder_not_the_one_answering(nlp: Language) -> None:
    # questions one is flooded with were put by others
    found = statements(nlp("Mayor Prell was flooded with questions about whether the pier will close."), "questions about")
    assert all(s != "Mayor Prell" for _, s in found)


def test_by_phrase_of_a_passive_is_its_agent(nlp: Language) -> None:
    # the parser labels these "by" phrases plain prepositions, not agents
    text = "Mayor Prell was declared the winner by the Orvala networks early Tuesday."
    assert [s for _, s in statements(nlp(text), "declared")] == ["the Orvala networks"]


def test_contracted_has_is_no_passive(nlp: Language) -> None:
    # the parser reads "'s" as the passive "is": "she has said", not "she is said"
    assert statements(nlp("She's said she gets her ideas from a pamphlet."), "said") == [("she gets her ideas from a pamphlet", "She")]


def test_contracted_it_is_stays_passive(nlp: Language) -> None:
    assert all(s is None for _, s in statements(nlp("It's said that the pier will close."), "said"))


def test_possessive_pronoun_gives_way_to_the_subject(nlp: Language) -> None:
    found = statements(nlp("On Tuesday she repeated her claim that the Velden pier is unsafe."), "claim")
    assert [s for _, s in found] == ["she"]
