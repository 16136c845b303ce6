"""Multiword cues mined from missed statements: a verb with its words
("said no to", "provided details about", "pledged their support to",
"swinging at"), reporting nouns with their preposition ("ruling on",
"fear about") and a reception ("drew support from")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Councillor Adeyemi said no to a second bridge over the river.", "said no to",
         "a second bridge over the river", "Councillor Adeyemi"),
        ("The minister has not provided details about the harbour deal.", "has not provided details about",
         "the harbour deal", "The minister"),
        ("Residents were informed of the closure of the clinic.", "informed of", "the closure of the clinic", None),
        ("Judge Okafor's ruling on the ferry contract surprised the council.", "ruling on",
         "the ferry contract", "Judge Okafor"),
        ("Shares fell after the disclosure of the audit findings.", "disclosure of", "the audit findings", None),
        ("The watchdog's report about the missing funds was leaked.", "report about", "the missing funds", "The watchdog"),
        ("Senator Halloway gave a speech about rural broadband on Friday.", "speech about",
         "rural broadband", "Senator Halloway"),
        ("The unions pledged their support to Governor Amsel on Tuesday.", "pledged their support to",
         "Governor Amsel", "The unions"),
        ("Senator Kray is swinging hard at the new tariff plan.", "swinging hard at", "the new tariff plan", "Senator Kray"),
        ("Farmers voiced fear about the new water levy.", "fear about", "the new water levy", "Farmers"),
        ("Mayor Lindqvist has never hidden her admiration of the old tram system.", "admiration of",
         "the old tram system", "her"),
        ("The harbour plan has drawn broad support from local fishermen.", "drawn broad support",
         "The harbour plan", "local fishermen"),
    ],
)
def test_mined_phrase_cues(nlp: Language, text: str, cue: str, content: str, speaker: str | None) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ferry provided seats for forty passengers.", "provided"),
        ("Councillor Adeyemi said the vote was close.", "said no to"),
    ],
)
def test_words_of_a_phrase_alone_are_not_that_cue(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []
