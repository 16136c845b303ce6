"""Light verb + noun and verb + particle stances taken whole as the cue
("turned against", "raised questions about", "cast a ballot against"): what
the last preposition governs is the statement."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Several farm unions have turned against the water levy.", "turned against",
         "the water levy", "Several farm unions"),
        ("Councillor Brandt raised questions about the tender for the new depot.", "raised questions about",
         "the tender for the new depot", "Councillor Brandt"),
        ("The fishermen voiced displeasure with the quota rules on Monday.", "voiced displeasure with",
         "the quota rules", "The fishermen"),
        ("Senator Velasco has taken a firm stance against the pipeline.", "taken a firm stance against",
         "the pipeline", "Senator Velasco"),
        ("Ms. Ortan cast a ballot against the harbour expansion.", "cast a ballot against",
         "the harbour expansion", "Ms. Ortan"),
        ("Governor Pell has set his sights on the ports authority.", "set his sights on",
         "the ports authority", "Governor Pell"),
        ("Mayor Quist turned his back on the old coalition.", "turned his back on", "the old coalition", "Mayor Quist"),
        ("Voters in Dunmore put their faith in the reform slate.", "put their faith in",
         "the reform slate", "Voters in Dunmore"),
        ("The opposition went on the offensive against the finance minister.", "went on the offensive against",
         "the finance minister", "The opposition"),
        ("Senator Rask would not commit to a second term on the board.", "would not commit to",
         "a second term on the board", "Senator Rask"),
        ("The dockworkers have pinned their hopes on the new arbitrator.", "pinned their hopes on",
         "the new arbitrator", "The dockworkers"),
        ("Coach Ferrante is setting high expectations for the youth squad.", "setting high expectations for",
         "the youth squad", "Coach Ferrante"),
        ("The regulator offered an opinion on the merger.", "offered an opinion on", "the merger", "The regulator"),
        ("Ms. Tamsin provided an opinion on the zoning dispute.", "provided an opinion on",
         "the zoning dispute", "Ms. Tamsin"),
        ("The moderator went easy on the incumbent mayor.", "went easy on", "the incumbent mayor", "The moderator"),
        ("The harbour authority issued a statement on the oil spill.", "issued a statement on",
         "the oil spill", "The harbour authority"),
        ("Reporters asked questions about the missing ledger.", "asked questions about", "the missing ledger", "Reporters"),
        ("The appeals court struck down the zoning ordinance.", "struck down", "the zoning ordinance", "The appeals court"),
    ],
)
def test_stance_phrase_cues(nlp: Language, text: str, cue: str, content: str, speaker: str | None) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # only the phrases as listed are cues: not "its sights", not backs turned "to"
        "The heron set its sights on a small fish.",
        "The children turned their backs to the wind.",
        "Councillor Brandt raised the barrier at the depot.",
        "The river set new records for the spring floods.",
        "Lightning struck the old barn down by the creek.",
        "The printer issued a statement of account on Friday.",
    ],
)
def test_other_uses_are_no_statement(nlp: Language, text: str) -> None:
    assert extract(nlp(text)) == []
