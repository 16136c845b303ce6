"""Verb cues only with one object noun ("verb" lines of two words in
data/cues.tsv): the object is the statement and the verb alone the cue.
Each kept for a net gain on the training split: accept nomination, draw
contrast, sign / pass / block bill, release ad."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

from rashomon.attribution.lexicon import Cues


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Tilda Marsk accepted the Harbour Party's nomination on Friday.", "accepted", "the Harbour Party's nomination", "Tilda Marsk"),
        (
            "Councillor Ivo Renk drew a clear contrast between the two ferry plans.",
            "drew",
            "a clear contrast between the two ferry plans",
            "Councillor Ivo Renk",
        ),
        ("Mayor Olsen Brandt signed the harbour bill.", "signed", "the harbour bill", "Mayor Olsen Brandt"),
        ("The Velden council passed a ferry bill.", "passed", "a ferry bill", "The Velden council"),
        ("The Velden senate blocked the pier bill.", "blocked", "the pier bill", "The Velden senate"),
        ("The Velden union released an ad against the new curfew.", "released", "an ad against the new curfew", "The Velden union"),
    ],
)
def test_object_cue(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # with another object the verb is no cue
        ("Tilda Marsk accepted the harbour board's offer.", "accepted"),
        ("Mayor Olsen Brandt signed the guest book.", "signed"),
        ("The ferry passed the old lighthouse.", "passed"),
        ("The Velden union released a new ferry timetable.", "released"),
    ],
)
def test_no_statement(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []


def test_two_word_verb_line_is_an_object_cue() -> None:
    cues = Cues()
    cues.add("sign bill", "endorse", "verb")
    assert cues.object_phrases == {("sign", "bill"): "endorse"}
    assert ("sign", "bill") not in cues.phrases
