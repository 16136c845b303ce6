"""Deny, retract, accuse, question and voicing cues added in the lexG13 sweep of the
cue classes' synonyms: "X pushed back against Y", "X reneged on Y",
"the union's queries about Y"."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The union pushed back against the harbour levy.", "pushed back against", "the harbour levy", "The union"),
        ("Ivo Renk discounted the rumours of a strike.", "discounted", "the rumours of a strike", "Ivo Renk"),
        ("The mayor reneged on her pledge to repair the pier.", "reneged on", "her pledge to repair the pier", "The mayor"),
        ("Ivo Renk chastised the council for the delay.", "chastised", "the council for the delay", "Ivo Renk"),
        ("Rival councillors piled on the mayor after the vote.", "piled on", "the mayor", "Rival councillors"),
        ("The union's queries about the levy went unanswered.", "queries about", "the levy", "The union"),
        ("The court invalidated the harbour levy.", "invalidated", "the harbour levy", "The court"),
        ("The mayor fired off an angry reply to the union.", "fired off", "an angry reply to the union", "The mayor"),
        ("Ivo Renk pummeled the council over the harbour levy.", "pummeled", "the council over the harbour levy", "Ivo Renk"),
        ("Ivo Renk swiped at the council over the levy.", "swiped at", "the council", "Ivo Renk"),
        ("The mayor jabbed the union for its silence.", "jabbed", "the union for its silence", "The mayor"),
        ("Ivo Renk tangled with the council over the levy.", "tangled with", "the council over the levy", "Ivo Renk"),
    ],
)
def test_class_synonyms(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a verb pushed back with its object between is a movement, not a phrase
        ("The crew pushed the boat back against the pier.", "pushed back against"),
        ("Ivo Renk bought the coats at a discount.", "discount"),
        # queries nobody owns name no one who raised them
        ("The ferry company faced queries about the late sailings.", "queries about"),
        # without its particle, firing is not voicing
        ("The guard fired a flare from the pier.", "fired"),
        ("The old pier took a pummeling in the storm.", "pummeling"),
        ("The boxer threw a jab at the bag.", "jab"),
        ("The nets were tangled with seaweed.", "tangled with"),
    ],
)
def test_class_synonyms_not_firing(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []
