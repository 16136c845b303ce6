"""Attitude nouns and stance adjectives added in the lexB13 sweep:
"X's eagerness to ...", "X's disapproval of Y", "X is partial to Y"."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Ivo Renk's eagerness to sell the pier was obvious.", "eagerness", "to sell the pier", "Ivo Renk"),
        ("The union's unwillingness to negotiate prolonged the strike.", "unwillingness", "to negotiate", "The union"),
        ("The mayor's disappointment that the ferry was cancelled was plain.", "disappointment", "that the ferry was cancelled", "The mayor"),
        ("Ivo Renk's vision of a car-free harbour won him votes.", "vision of", "a car-free harbour", "Ivo Renk"),
        ("The council's push to close the quarry failed.", "push", "to close the quarry", "The council"),
        ("The mayor's narrative that the levy saved the port was disputed.", "narrative", "that the levy saved the port", "The mayor"),
    ],
)
def test_attitude_nouns(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The council's disapproval of the harbour levy was plain.", "disapproval of", "the harbour levy", "The council"),
        ("Ivo Renk's aversion to new taxes is well known.", "aversion to", "new taxes", "Ivo Renk"),
        ("The council's displeasure with the ferry company grew.", "displeasure with", "the ferry company", "The council"),
        ("The union's criticism about the wage deal grew louder.", "criticism about", "the wage deal", "The union"),
        ("Ivo Renk's broadside against the harbour board surprised nobody.", "broadside against", "the harbour board", "Ivo Renk"),
        ("The judge's interpretation of the harbour statute was narrow.", "interpretation of", "the harbour statute", "The judge"),
        ("Ivo Renk's impression of the new ferry was mixed.", "impression of", "the new ferry", "Ivo Renk"),
        ("The mayor's portrayal of the union was unkind.", "portrayal of", "the union", "The mayor"),
        ("The council's stance against the quarry never wavered.", "stance against", "the quarry", "The council"),
        ("Ivo Renk's misgivings about the ferry contract grew.", "misgivings about", "the ferry contract", "Ivo Renk"),
        ("The mayor's opinion about the new pier is no secret.", "opinion about", "the new pier", "The mayor"),
        ("The union's opinion on the wage deal was sought.", "opinion on", "the wage deal", "The union"),
        ("Ivo Renk's views about the harbour levy have hardened.", "views about", "the harbour levy", "Ivo Renk"),
        ("The council's alarm about the rising debt was plain.", "alarm about", "the rising debt", "The council"),
    ],
)
def test_topic_nouns(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Ivo Renk has long been partial to the fishermen's cause.", "partial to", "the fishermen's cause", "Ivo Renk"),
        ("The bankers are not sanguine about the harbour loan.", "are not sanguine about", "the harbour loan", "The bankers"),
        ("The council was hesitant to raise the levy.", "hesitant", "to raise the levy", "The council"),
        ("The mayor's allies are growing frustrated that the vote keeps slipping.", "frustrated", "that the vote keeps slipping", "The mayor's allies"),
        ("Ivo Renk has been outspoken in his opposition to the levy.", "outspoken in", "his opposition to the levy", "Ivo Renk"),
        ("The fishermen were favorable to the new quota.", "favorable to", "the new quota", "The fishermen"),
    ],
)
def test_stance_adjectives(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The engineers gave the old ferry a push off the slipway.", "push"),
        ("The ferry's vision system failed in the fog.", "vision"),
        ("The count of the ballots was only partial.", "partial to"),
        ("The forecast for the regatta was favorable.", "favorable to"),
        ("The fire alarm about the kitchen rang twice.", "alarm about"),
    ],
)
def test_not_fired(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []
