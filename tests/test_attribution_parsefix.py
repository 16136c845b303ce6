"""Cue verbs whose subject a wrong parse lost: the speaker is read off the
noun phrase just before the cue, or before the first of coordinated cues."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # the parser hangs the name on the website phrase, not on the verb
        ("On its official website, the FCB lists “road safety as the FCB’s top priority.”", "lists",
         "“road safety as the FCB’s top priority.”", "the FCB"),
        # "poll" is read as the root noun and "found" as its participle
        ("A Velden University poll found last week that Verho would beat Talbrin 46 to 40 percent.", "found",
         "that Verho would beat Talbrin 46 to 40 percent", "A Velden University poll"),
        # a second cue shares the first's lost subject
        ("At a June campaign event in Dunmore, Ohio, 62-year-old Mara Olsen also railed against the tolls, and explained "
         "how much it upset her to pay them.", "explained", "how much it upset her to pay them", "62-year-old Mara Olsen"),
    ],
)
def test_the_noun_phrase_before_a_cue_without_subject_speaks(
    nlp: Language, text: str, cue: str, content: str, speaker: str
) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_a_day_before_the_cue_is_no_speaker(nlp: Language) -> None:
    text = "Wednesday added one more twist to the list: Mara Olsen, a candidate eliminated from the race, naming Pel Arno as her running mate."
    assert statements(nlp(text), "added") == []
