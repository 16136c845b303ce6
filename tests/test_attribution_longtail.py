"""Long-tail phrase cues: a verb that reports only with a particular
preposition or object ("hit X for Y", "threw her support behind X",
"regards X as Y", "made a plea for X"), listed in cues.tsv as phrases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Senator Halvard hit the mayor for the late budget.", "hit the mayor for", "the late budget", "Senator Halvard"),
        ("Councillor Imre threw her support behind the harbour plan.", "threw her support behind", "the harbour plan", "Councillor Imre"),
        ("Mayor Dalen regards the tunnel as a waste of money.", "regards", "the tunnel as a waste of money", "Mayor Dalen"),
        ("The union fired back at the ferry operator on Tuesday.", "fired back at", "the ferry operator", "The union"),
        ("Councillor Imre made a plea for lower ferry fares.", "made a plea for", "lower ferry fares", "Councillor Imre"),
        ("The mayor zeroed in on the cost of the bridge.", "zeroed in on", "the cost of the bridge", "The mayor"),
        ("Senator Halvard brought up the closure of the old mill.", "brought up", "the closure of the old mill", "Senator Halvard"),
        # the infinitive, with its "to", is what was voted for
        ("The harbour council voted to close the old pier.", "voted", "to close the old pier", "The harbour council"),
        ("Ilse Marrow had harsh words for the port authority.", "had harsh words for", "the port authority", "Ilse Marrow"),
        ("Most residents have a favourable view of the new ferry.", "have a favourable view of", "the new ferry", "Most residents"),
    ],
)
def test_a_phrase_cue_reports_what_its_preposition_governs(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_the_verb_alone_is_no_cue(nlp: Language) -> None:
    # without its preposition or object the phrase's verb reports nothing
    doc = nlp("The storm hit the harbour on Monday and brought heavy rain.")
    assert extract(doc) == []


def test_a_phrase_verb_does_not_swallow_the_cue_in_its_infinitive(nlp: Language) -> None:
    # "have" heads phrase cues ("have praise for"), yet "has to endorse"
    # reports the endorsement: only a verb cue takes its infinitive as content
    doc = nlp("The council has to endorse the harbour plan before May.")
    assert statements(doc, "endorse") == [("the harbour plan", "The council")]
