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
    ],
)
def test_added_cue_verbs(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Idris Mahl requested a copy of the harbour budget.",
        "Analyst Pia Rook pondered the new timetable.",
    ],
)
def test_words_left_out_of_the_lexicon_make_no_statement(nlp: Language, text: str) -> None:
    assert extract(nlp(text)) == []
