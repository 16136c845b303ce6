"""Shapes that look like statements but report none (fictional sentences)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from test_attribution_frames import statements

from rashomon.attribution import load_cues
from rashomon.attribution.unsourced import reduced_relative


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a document or a thing described by who wrote or saw it is no view of theirs
        ("The case rests on an affidavit written by Tomas Velk, a clerk in Orvala.", "written"),
        ("A copy of the memo seen by the Harlow Gazette listed four names.", "seen"),
    ],
)
def test_plain_report_participle_is_no_statement(nlp, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []


def test_stance_participle_still_speaks(nlp) -> None:
    assert statements(nlp("It was a plan backed by the Velden council."), "backed") == [("a plan", "the Velden council")]


def test_person_before_said_is_no_reduced_relative(nlp) -> None:
    # a person's name before "said" is the speaker, not a thing the verb reports
    text = "Mr. Velk said ending the ferry levy before other funds could be found, and without knowing who will win, could needlessly hurt the towns."
    assert ("Mr. Velk", None) not in statements(nlp(text), "said")


def test_comma_after_said_is_no_reduced_relative(nlp) -> None:
    # "The clerk said, is leaving": a broken parse of a speaker and an
    # interrupted quote, not "the deal announced Friday would last"
    words = ["The", "clerk", "said", ",", "is", "leaving", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 2, 2, 2, 5, 2, 2],
              deps=["det", "nsubj", "ROOT", "punct", "aux", "ccomp", "punct"],
              tags=["DT", "NN", "VBD", ",", "VBZ", "VBG", "."], pos=["DET", "NOUN", "VERB", "PUNCT", "AUX", "VERB", "PUNCT"])
    assert reduced_relative(doc[2], load_cues(), "assert") is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # who the speaker is, in the writer's words, is no view reported as news
        ('"The ferry levy is a disgrace," said Ana Dorn, a councillor who backs the rival plan.', "backs"),
        ("Ana Dorn, who opposes the levy, said it would hurt the towns.", "opposes"),
    ],
)
def test_attitude_describing_a_speaker_is_no_statement(nlp, text: str, cue: str) -> None:
    doc = nlp(text)
    assert statements(doc, cue) == []
    assert statements(doc, "said")
