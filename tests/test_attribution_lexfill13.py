"""Reporting nouns, stance adjectives and topic nouns added in the seventh
lexicon sweep: "X's lament that ...", "X added a caveat that ...",
"her warning about Y"."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Ivo Renk's lament that the harbour had been neglected found few listeners.", "lament", "that the harbour had been neglected", "Ivo Renk"),
        ("The council added a caveat that the levy could still change.", "caveat", "that the levy could still change", "The council"),
        ("Ivo Renk gave no hint that he would resign.", "hint", "that he would resign", "Ivo Renk"),
        ("The mayor's theory that the pier was sinking was never tested.", "theory", "that the pier was sinking", "The mayor"),
        ("The union's forecast that wages would rise was too rosy.", "forecast", "that wages would rise", "The union"),
        ("Ivo Renk's boast that he had never lost a vote was false.", "boast", "that he had never lost a vote", "Ivo Renk"),
        ("The court's ruling that the levy was unlawful angered the mayor.", "ruling", "that the levy was unlawful", "The court"),
        ("Ivo Renk's proposition that the pier be sold found no support.", "proposition", "that the pier be sold", "Ivo Renk"),
        ("The council studied the union's estimate that the strike cost a million crowns.", "estimate", "that the strike cost a million crowns", "the union"),
        ("Few believed Ivo Renk's testimony that he never saw the ledger.", "testimony", "that he never saw the ledger", "Ivo Renk"),
        ("The union came to the conclusion that the wage deal was unfair.", "conclusion", "that the wage deal was unfair", None),
    ],
)
def test_reporting_nouns(nlp: Language, text: str, cue: str, content: str, speaker: str | None) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Ivo Renk was unaware that the ferry had been cancelled.", "unaware", "that the ferry had been cancelled", "Ivo Renk"),
        ("The mayor was emphatic that the levy would stay.", "emphatic", "that the levy would stay", "The mayor"),
        ("The mayor was uncertain about the harbour levy.", "uncertain about", "the harbour levy", "The mayor"),
        ("Mayor Olsen Brandt was pleased with the harbour crews.", "pleased with", "the harbour crews", "Mayor Olsen Brandt"),
        ("The council is sympathetic to the fishermen's demands.", "sympathetic to", "the fishermen's demands", "The council"),
        ("Ivo Renk was alarmed at the cost of the pier.", "alarmed at", "the cost of the pier", "Ivo Renk"),
    ],
)
def test_stance_adjectives(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The union's warning about the harbour levy went unheeded.", "warning about", "the harbour levy", "The union"),
        ("The council's condemnation of the raid was swift.", "condemnation of", "the raid", "The council"),
        ("Ivo Renk's praise of the harbour crews surprised the council.", "praise of", "the harbour crews", "Ivo Renk"),
        ("The fishermen's appeal for more quotas was rejected.", "appeal for", "more quotas", "The fishermen"),
        ("Ivo Renk's insistence on a new pier angered the council.", "insistence on", "a new pier", "Ivo Renk"),
        ("The mayor's skepticism about the ferry plan is well known.", "skepticism about", "the ferry plan", "The mayor"),
    ],
)
def test_topic_nouns(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]
