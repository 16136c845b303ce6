"""A speech verb that only voices an attitude noun of the same speaker
gives way to the noun's statement; a belief told in a speaker's mention
is a statement, a backing told there describes the speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Mayor Orsk expressed concern that the ferry fares would rise again.", "concern",
         "that the ferry fares would rise again"),
        ("Councillor Tamm signaled support for a tunnel under the Vell river.", "support for",
         "a tunnel under the Vell river"),
    ],
)
def test_the_noun_carries_the_statement(nlp: Language, text: str, cue: str, content: str) -> None:
    doc = nlp(text)
    found = [(a.cue, doc.text[a.content_span[0] : a.content_span[1]], a.parent) for a in extract(doc)]
    assert found == [(cue, content, None)]


def test_a_verb_voicing_a_claim_noun_stays(nlp: Language) -> None:
    doc = nlp("Mayor Orsk posted comments about the ferry fares on her blog.")
    assert "posted" in [a.cue for a in extract(doc)]


def test_a_belief_in_the_speakers_mention_stays(nlp: Language) -> None:
    doc = nlp('"The bridge must close," said Mira Holt, a councillor who believes the tolls are too high.')
    found = [(a.cue, doc.text[a.content_span[0] : a.content_span[1]]) for a in extract(doc)]
    assert ("believes", "the tolls are too high") in found


def test_a_backer_in_the_speakers_mention_is_a_description(nlp: Language) -> None:
    doc = nlp('"The bridge must close," said Mira Holt, a councillor who backs the toll.')
    assert "backs" not in [a.cue for a in extract(doc)]
