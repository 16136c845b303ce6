"""Where a content stops before a neighbouring statement or the writer's
aside: a relative clause opened by a preposition ("with whom he clashed") or
by "where" is the writer's, as one opened by "which" or "who" is."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Senator Ovell attacked Mayor Brandt, with whom he clashed at the forum over the harbour.", "attacked", "Mayor Brandt"),
        ("Ms. Quarles praised the Tessel plant, in which she invested heavily.", "praised", "the Tessel plant"),
        ("Ms. Quarles praised the Tessel plant, where she worked for a decade.", "praised", "the Tessel plant"),
    ],
)
def test_a_relative_aside_ends_the_content(nlp: Language, text: str, cue: str, content: str) -> None:
    assert [c for c, _ in statements(nlp(text), cue)] == [content]


def test_a_coordinated_phrase_cue_starts_a_statement_of_its_own(nlp: Language) -> None:
    # "took issue with" is a cue only as a phrase: the verb alone is no cue
    doc = nlp("Mayor Pell said he is fond of the council but took issue with its plan to close the mill.")
    assert [c for c, _ in statements(doc, "said")] == ["he is fond of the council"]
    assert [c for c, _ in statements(doc, "took issue with")] == ["its plan to close the mill"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Mayor Pell said the levy would stay, even as the council warned that it would hurt farmers.", "said", "the levy would stay"),
        ("Most growers say the levy is fair, though they blame the council for the delays.", "say", "the levy is fair"),
        # a plain "as" tells when, not against what: the clause stays
        (
            "Mayor Pell said the levy would stay, as the council warned that it would hurt farmers.",
            "said",
            "the levy would stay, as the council warned that it would hurt farmers",
        ),
    ],
)
def test_a_contrasting_statement_ends_the_content(nlp: Language, text: str, cue: str, content: str) -> None:
    assert [c for c, _ in statements(nlp(text), cue)] == [content]


def test_a_coordinated_phrase_cue_keeps_the_first_speaker(nlp: Language) -> None:
    # the parse hangs "railed" on the reported clause, whose subject is a thing
    doc = nlp("Mayor Pell said the tax is unfair and railed against the council.")
    assert statements(doc, "railed against") == [("the council", "Mayor Pell")]
