"""Speech verbs the parse leaves without a frame: a contracted "has" read as
a passive before a phrase cue ("he's spoken out against X"), a speaker after
the cue that the parser hung on a later clause ("..., said a former aide,
Orlo Trent, who ..."), and a cue set between commas in a sentence whose last
quote closes after the full stop ('..., he said, and "we ran."')."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "More recently, he’s spoken out against the harbour toll in Marlow, inviting the ferry crews to a meeting.",
            "spoken out against",
            "the harbour toll in Marlow",
            "he",
        ),
        ("Marta Velle, who's called for a recount in Dornby, was not available.", "called for", "a recount in Dornby", "who"),
    ],
)
def test_a_contracted_has_before_a_phrase_cue(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "He also had a voice in decisions about major new ferries in Marlow, said a former spokesman for Velden's "
            "Harbour Ministry, Orlo Trent, who also ran as a candidate in the new bloc Ms. Dorn helped form.",
            "He also had a voice in decisions about major new ferries in Marlow",
            "a former spokesman for Velden's Harbour Ministry, Orlo Trent",
        ),
        (
            "She also had a role in talks about large foreign investments in Orlen, said a former adviser to Velden's "
            "Finance Ministry, Tomas Brel, who also ran as a candidate in the new party Mr. Kade helped found.",
            "She also had a role in talks about large foreign investments in Orlen",
            "a former adviser to Velden's Finance Ministry, Tomas Brel",
        ),
    ],
)
def test_a_speaker_after_the_cue_hung_on_a_later_clause(nlp: Language, text: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), "said") == [(content, speaker)]


def test_whom_it_was_told_is_not_a_speaker_after_the_cue(nlp: Language) -> None:
    doc = nlp('"The ferry will run all winter," Ana Dorn, 49, told the Marlow Courier.')
    assert statements(doc, "told") == [('"The ferry will run all winter,"', "Ana Dorn, 49")]


def test_a_cue_between_commas_before_a_quote_closed_after_the_stop(nlp: Language) -> None:
    doc = nlp(
        "\"A heavy van\" plowed through security fences that had been set up for the day's parade, "
        'he said, and "everyone started running."'
    )
    [record] = [a for a in extract(doc) if a.cue == "said"]
    assert [doc.text[a:b] for a, b in record.content_parts] == [
        "\"A heavy van\" plowed through security fences that had been set up for the day's parade",
        '"everyone started running."',
    ]
