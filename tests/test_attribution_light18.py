"""Light verbs (light18): a poll that "has" or "gives" a standing states its
finding ("the survey has the mayor trailing"), and lexicon lines for a light
verb with its object or phrase ("released details of", "gave the mayor the
nod", "made his case"), each kept for a net gain on PolNeAR train overlap and
exact."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The latest harbour survey has the mayor trailing in every ward.", "has", "the mayor trailing in every ward", "The latest harbour survey"),
        # the participle read as the object's modifier: all that follows the verb
        ("The Vale poll has Renk leading Marsk by six points.", "has", "Renk leading Marsk by six points", "The Vale poll"),
        ("A harbour survey released Friday had him at 4 percent in the crowded field.", "had",
         "him at 4 percent in the crowded field", "A harbour survey released Friday"),
        ("The Courier poll gave Tova Renk a ten-point lead.", "gave", "Tova Renk a ten-point lead", "The Courier poll"),
    ],
)
def test_poll_standing(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a poll's own traits, and news it carries, are no standing
        ("The poll has a margin of error of three points.", "has"),
        ("The poll has bad news for the mayor.", "has"),
        # no poll: a thing that gives is no source
        ("The storm gave the crews a welcome break.", "gave"),
    ],
)
def test_no_poll_standing(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Mayor Ana Dorn released a memo on the ferry budget.", "released", "a memo on the ferry budget", "Mayor Ana Dorn"),
        ("The Velden guild released details of its harbour plan.", "released", "details of its harbour plan", "The Velden guild"),
        ("The Courier released an excerpt of the mayor's memoir.", "released", "an excerpt of the mayor's memoir", "The Courier"),
        ("The inquiry released its findings on Tuesday.", "released", "its findings", "The inquiry"),
        ("Two dock unions gave the mayor the nod.", "gave", "the nod", "Two dock unions"),
        ("Councillor Ivo Renk did not provide evidence that the ferry lost money.", "did not provide",
         "evidence that the ferry lost money", "Councillor Ivo Renk"),
        ("Tova Renk gave a preview of what her campaign might look like.", "gave a preview of",
         "what her campaign might look like", "Tova Renk"),
        ("Most dock workers have negative feelings toward the harbour board.", "have negative feelings toward",
         "the harbour board", "Most dock workers"),
        ("Ivo Renk will make his case to the council that the ferry must stay.", "make his case",
         "that the ferry must stay", "Ivo Renk"),
    ],
)
def test_light18_cue(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a released thing that holds no statement of its own
        ("The Velden port released two prisoners on Monday.", "released"),
    ],
)
def test_no_light18_statement(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []
