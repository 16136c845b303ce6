"""Communication, discovery and promise cues, each kept for a net gain on the
training split: confide, chronicle, spot, perceive, publicize, vent, discover
(with a clause only) and the phrases deliberate over, commit to, pledge to,
post about, tweet out, press about, hand down, pass along, play up, talk through, brief on."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Tilda Marsk confided that the ferry fares would rise.", "confided", "that the ferry fares would rise", "Tilda Marsk"),
        ("The Velden report chronicles the decline of the old harbour.", "chronicles", "the decline of the old harbour", "The Velden report"),
        ("Councillor Ivo Renk spotted a flaw in the harbour budget.", "spotted", "a flaw in the harbour budget", "Councillor Ivo Renk"),
        ("The Velden dockers perceived the new curfew as a threat.", "perceived", "the new curfew as a threat", "The Velden dockers"),
        ("The Velden union publicized the harbour deficit.", "publicized", "the harbour deficit", "The Velden union"),
        ("Tilda Marsk vented her anger over the curfew.", "vented", "her anger over the curfew", "Tilda Marsk"),
        ("The auditors discovered that the pier fund was empty.", "discovered", "that the pier fund was empty", "The auditors"),
        ("The Velden council deliberated over the ferry budget.", "deliberated over", "the ferry budget", "The Velden council"),
        ("Mayor Olsen Brandt committed to a vote on the new pier.", "committed to", "a vote on the new pier", "Mayor Olsen Brandt"),
        ("Tilda Marsk pledged her vote to the harbour party.", "pledged her vote to", "the harbour party", "Tilda Marsk"),
        ("Tilda Marsk posted about the harbour closure.", "posted about", "the harbour closure", "Tilda Marsk"),
        ("Councillor Ivo Renk pressed the mayor about the ferry budget.", "pressed the mayor about", "the ferry budget", "Councillor Ivo Renk"),
        ("The Velden court handed down a ruling on the pier.", "handed down", "a ruling on the pier", "The Velden court"),
        ("Tilda Marsk passed along a warning from the harbour master.", "passed along", "a warning from the harbour master", "Tilda Marsk"),
        ("Mayor Olsen Brandt played up the harbour surplus.", "played up", "the harbour surplus", "Mayor Olsen Brandt"),
        ("Tilda Marsk talked through the ferry timetable.", "talked through", "the ferry timetable", "Tilda Marsk"),
    ],
)
def test_communication_cues(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # 'discover' states something only with a clause
        ("The divers discovered an old wreck near the pier.", "discovered"),
        # a spotted animal or a briefing with no topic is no statement
        ("The harbour crews were briefed yesterday.", "briefed"),
    ],
)
def test_cues_that_do_not_fire(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []
