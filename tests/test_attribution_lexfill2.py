"""Second lexicon sweep: verbs whose uses the extractor takes up are mostly
statements ("would like to ...", "figured that ..."), and words left out
because the statements they introduce are mostly not marked."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Councillor Ada Venn would like to see a second ferry.", "like", "to see a second ferry", "Councillor Ada Venn"),
        ("The harbour master figured that the storm would pass.", "figured", "that the storm would pass", "The harbour master"),
        ("Mayor Tova Brenn contemplated running for the dock board.", "contemplated", "running for the dock board", "Mayor Tova Brenn"),
        ("Two fishermen witnessed the collapse of the old pier.", "witnessed", "the collapse of the old pier", "Two fishermen"),
        ("The ferry union exposed the hidden cost of the toll.", "exposed", "the hidden cost of the toll", "The ferry union"),
        ("Most dock workers love the new timetable.", "love", "the new timetable", "Most dock workers"),
        ("Many farmers hate the toll on the bridge.", "hate", "the toll on the bridge", "Many farmers"),
        ("The skipper guessed that the fog would lift.", "guessed", "that the fog would lift", "The skipper"),
        ("Analyst Pia Rook illustrated the cost of the delay.", "illustrated", "the cost of the delay", "Analyst Pia Rook"),
        ("Councillor Idris Mahl extolled the new harbour wall.", "extolled", "the new harbour wall", "Councillor Idris Mahl"),
        ("The mayor taunted the ferry board.", "taunted", "the ferry board", "The mayor"),
        ("Several members lean toward a second bridge.", "lean toward", "a second bridge", "Several members"),
        ("Her advice to sell the old ferry was ignored.", "advice", "to sell the old ferry", "Her"),
        ("Her passion for the old lighthouse is well known.", "passion for", "the old lighthouse", "Her"),
    ],
)
def test_added_cue_words(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Idris Mahl requested a copy of the harbour budget.",
        "Analyst Pia Rook pondered the new timetable.",
        "The captain professed his love of the sea.",
        "The board pegged the cost at two million.",
    ],
)
def test_words_left_out_of_the_lexicon_make_no_statement(nlp: Language, text: str) -> None:
    assert extract(nlp(text)) == []
