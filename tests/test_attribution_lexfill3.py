"""Third lexicon sweep: reporting nouns, noun frames and stance adjectives
whose uses are mostly statements ("her praise for ...", "X is nervous
about ..."), and words left out because their uses mostly are not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Her praise for the new ferry surprised the council.", "praise for", "the new ferry", "Her"),
        ("The mayor's denunciation of the toll drew applause.", "denunciation of", "the toll", "The mayor"),
        ("The union's anxiety about the closure of the dock is growing.", "anxiety about", "the closure of the dock", "The union"),
        ("Analysts voiced speculation that the bridge would close.", "speculation", "that the bridge would close", "Analysts"),
        ("His reluctance to fund the lighthouse angered the fishermen.", "reluctance", "to fund the lighthouse", "His"),
        ("The mayor made a brief mention that the pier was unsafe.", "mention", "that the pier was unsafe", "The mayor"),
        ('The crowd\'s chant of "Save the pier" filled the square.', "chant of", '"Save the pier"', "The crowd"),
        ("His enthusiasm for the new harbour wall is well known.", "enthusiasm for", "the new harbour wall", "His"),
        ("The mayor's attack against the ferry board was sharp.", "attack against", "the ferry board", "The mayor"),
        ("Several traders are nervous about the new toll.", "nervous about", "the new toll", "Several traders"),
        ("The captain was enamored of the old lighthouse.", "enamored of", "the old lighthouse", "The captain"),
        ("The council is keen to reopen the ferry line.", "keen", "to reopen the ferry line", "The council"),
        ("Councillor Ada Venn has been outspoken about the harbour toll.", "outspoken about", "the harbour toll", "Councillor Ada Venn"),
        ("The fishermen were unhappy with the new quota.", "unhappy with", "the new quota", "The fishermen"),
        ("Most members are comfortable with the budget.", "comfortable with", "the budget", "Most members"),
        ("The skipper was glad that the fog had lifted.", "glad", "that the fog had lifted", "The skipper"),
        ("The dock board was pleased that the vote passed.", "pleased", "that the vote passed", "The dock board"),
        ("The mayor was unaware of the leak in the hull.", "unaware of", "the leak in the hull", "The mayor"),
    ],
)
def test_added_cue_words(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_a_noun_cue_needs_no_owner_for_its_frame(nlp: Language) -> None:
    # "mention" is now a reporting noun proper, so its frame stands alone
    assert statements(nlp("A mention of the toll in the ferry report angered the traders."), "mention of") == [
        ("the toll in the ferry report", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The skipper was careful to close the hatch before the storm.",
        "Her confidence in the crew grew over the winter.",
        "The captain dropped a hint about the new route.",
        "The opposition from the traders grew louder.",
        "Her dig at the ferry board stung the mayor.",
    ],
)
def test_words_left_out_of_the_lexicon_make_no_statement(nlp: Language, text: str) -> None:
    assert extract(nlp(text)) == []
