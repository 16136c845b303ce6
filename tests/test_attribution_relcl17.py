"""Participles and relative clauses on a noun (relcl17): past the object,
a name set off by a comma renames a noun and is not part of what was said.
Kept for a net gain in exact matches on the training split."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # the noun the participle hangs on, renamed after the object
        ("A guild supporting the ferry plan, Velden Forward, led the spending.", "supporting", "the ferry plan", "A guild"),
        # the object renamed in passing
        (
            "Last year the Orlen dairy gave two million crowns to a group backing Dorn, the former harbour master.",
            "backing",
            "Dorn",
            "a group",
        ),
        ("The fund gave money to a group that backed Ivo Renk, the former harbour master.", "backed", "Ivo Renk", "that"),
    ],
)
def test_renaming_ends_the_object(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


def test_short_tag_stays(nlp: Language) -> None:
    # a party-and-place tag belongs to the name it follows
    found = statements(nlp("Velden Forward, a fund backing Ana Dorn, R-Orvala, spent most."), "backing")
    assert [content for content, _ in found] == ["Ana Dorn, R-Orvala"]
