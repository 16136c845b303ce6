"""Verb and verb + preposition cues found by their frame on the training split:
"X disparaged Y", "X reflected on Y", "X surmised that Y"."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Mayor Olsen Brandt disparaged the harbour levy at the meeting.", "disparaged", "the harbour levy", "Mayor Olsen Brandt"),
        ("Councillor Ivo Renk belittled the ferry plan.", "belittled", "the ferry plan", "Councillor Ivo Renk"),
        ("The Velden union lauded the new wage deal.", "lauded", "the new wage deal", "The Velden union"),
        ("Mayor Olsen Brandt commended the harbour crews.", "commended", "the harbour crews", "Mayor Olsen Brandt"),
        ("The Velden union deplored the new curfew.", "deplored", "the new curfew", "The Velden union"),
        ("Councillor Ivo Renk reprimanded the harbour board.", "reprimanded", "the harbour board", "Councillor Ivo Renk"),
        ("Mayor Olsen Brandt spurned the ferry offer.", "spurned", "the ferry offer", "Mayor Olsen Brandt"),
        ("The Velden dockers resented the new curfew.", "resented", "the new curfew", "The Velden dockers"),
        ("Mayor Olsen Brandt laughed off the rumours about the pier.", "laughed off", "the rumours about the pier", "Mayor Olsen Brandt"),
        ("Tilda Marsk marveled at the speed of the rebuild.", "marveled at", "the speed of the rebuild", "Tilda Marsk"),
        ("Tilda Marsk reflected on the strike at the Velden mill.", "reflected on", "the strike at the Velden mill", "Tilda Marsk"),
    ],
)
def test_frame_cues(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_reflecting_light_is_no_statement(nlp: Language) -> None:
    # "reflect" alone is no cue: only its "on" frame is
    assert statements(nlp("The lake reflected the lights of the Velden pier."), "reflected") == []


@pytest.mark.parametrize("verb", ["frustrated", "exasperated", "mystified"])
def test_feeling_verbs_held_by_their_object(nlp: Language, verb: str) -> None:
    # the object holds the feeling; the subject is what it is about
    doc = nlp(f"The long delay at the Velden pier {verb} the harbour workers.")
    assert statements(doc, verb) == [("The long delay at the Velden pier", "the harbour workers")]


def test_surmised_clause(nlp: Language) -> None:
    doc = nlp("Ivo Renk surmised that the ferry would be late.")
    assert statements(doc, "surmised") == [("that the ferry would be late", "Ivo Renk")]
