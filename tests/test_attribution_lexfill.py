"""Lexicon entries chosen by how often annotators mark them: words added
because their uses are mostly statements, and words left out because their
uses mostly are not ("celebrated the reopening", "I suppose ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Mayor Tova Brenn believes in a smaller harbour board.", "believes in", "a smaller harbour board", "Mayor Tova Brenn"),
        ("The ferry union heralded the new timetable as a victory.", "heralded", "the new timetable as a victory", "The ferry union"),
        ("Councillor Idris Mahl reviled the toll plan.", "reviled", "the toll plan", "Councillor Idris Mahl"),
        ("Analyst Pia Rook foresees a long strike at the docks.", "foresees", "a long strike at the docks", "Analyst Pia Rook"),
        ("The harbour master pronounced the pier safe.", "pronounced", "the pier safe", "The harbour master"),
        ("Most residents favor a second bridge over the river.", "favor", "a second bridge over the river", "Most residents"),
        ("Councillor Ada Venn has thought about a new ferry route.", "thought about", "a new ferry route", "Councillor Ada Venn"),
        ("Few members think of the levy as fair.", "think of", "the levy as fair", "Few members"),
        ("Many voters care about the new toll.", "care about", "the new toll", "Many voters"),
        ("The mayor is interested in a deal with the dock workers.", "interested in", "a deal with the dock workers", "The mayor"),
        ("Her desire to rebuild the pier is well known.", "desire", "to rebuild the pier", "Her"),
        ("The perception that the council ignores farmers is widespread.", "perception", "that the council ignores farmers", None),
        ("Mayor Brenn's idea that fares should fall won support.", "idea", "that fares should fall", "Mayor Brenn"),
    ],
)
def test_added_cue_words(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Residents celebrated the reopening of the bridge.",
        "I suppose the ferry will be late again.",
        "Officials heard that the pier was closing.",
        "The board's report that the pier was unsafe was ignored.",
        "Her request that the vote be delayed was refused.",
    ],
)
def test_words_left_out_of_the_lexicon_make_no_statement(nlp: Language, text: str) -> None:
    assert extract(nlp(text)) == []
