"""A passive blame or praise cue states its subject together with the reason
after "for" ("X was criticized by Y for Z"); other passive cues state the subject alone."""

from __future__ import annotations

import pytest

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


def parts(doc, cue: str) -> list[list[str]]:
    text = doc.text
    return [[text[a:b] for a, b in (s.content_parts or [s.content_span])] for s in extract(doc) if s.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ms. Vell, the new harbour master, has been criticized by the union for closing the docks early.", "criticized",
         ["Ms. Vell, the new harbour master", "for closing the docks early"]),
        ("The harbour master was praised by the union for reopening the docks.", "praised",
         ["The harbour master", "for reopening the docks"]),
        # a report names what was reported, not why
        ("The closure was reported by the Orvala Courier for its evening edition.", "reported", ["The closure"]),
    ],
)
def test_passive_reason(nlp, text, cue, content):
    assert parts(nlp(text), cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a relative clause with no relative word says its noun; the phrase after it tells where
        ("Tomas Dorn served in the navy, a fact he often mentions on the campaign trail.", "mentions", ["a fact"]),
        # not in a relative clause: the topic stays
        ("Tomas Dorn often talks about the navy on the campaign trail.", "talks about", ["the navy"]),
    ],
)
def test_relative_noun_before_topic(nlp, text, cue, content):
    assert parts(nlp(text), cue) == [content]


def test_now_that_clause_is_no_content(nlp):
    # "now that ..." tells when; what she blasted them for is the object and its reason
    found = parts(nlp("Ana Dorn blasted her rivals for being poor losers now that the court has ruled against them."), "blasted")
    assert len(found) == 1 and found[0][0].startswith("her rivals for being poor losers"), found
