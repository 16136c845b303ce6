"""Where a verb cue's content ends: a coordinated wish with a clause of its
own ("... but did not recommend that Y"); an object before a clause the
parse hung on the cue after a comma ("condemned another delay, this one
...")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from rashomon.attribution.indirect import verb_cue
from rashomon.attribution.lexicon import load_cues
from test_attribution_frames import statements

pytestmark = pytest.mark.slow

CONCLUDED = "The panel concluded that the mayor had been careless with the funds, but did not recommend that she resign."


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a wish with its own auxiliary and clause is a second statement
        (CONCLUDED, "concluded", [("that the mayor had been careless with the funds", "The panel")]),
        (CONCLUDED, "did not recommend", [("that she resign", "The panel")]),
    ],
)
def test_content_end(nlp: Language, text: str, cue: str, expected: list[tuple[str, str]]) -> None:
    assert statements(nlp(text), cue) == expected


def parsed(nlp: Language, rows: list[tuple[str, str, str, str, str, int]]) -> Doc:
    """A parse written out by hand (word, lemma, pos, tag, dep, head), for a
    misreading the model makes only on longer sentences."""
    words, lemmas, pos, tags, deps, heads = zip(*rows)
    return Doc(nlp.vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags), deps=list(deps), heads=list(heads))


# "the town paid" hung on the cue as its clause, though it follows the object after a comma
COMMA_SPLICE = [
    ("Ms.", "Ms.", "PROPN", "NNP", "compound", 1),
    ("Arden", "Arden", "PROPN", "NNP", "nsubj", 2),
    ("condemned", "condemn", "VERB", "VBD", "ROOT", 2),
    ("another", "another", "DET", "DT", "det", 4),
    ("delay", "delay", "NOUN", "NN", "dobj", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("this", "this", "DET", "DT", "det", 7),
    ("one", "one", "NUM", "CD", "nsubj", 8),
    ("hurt", "hurt", "VERB", "VBD", "ccomp", 2),
    ("the", "the", "DET", "DT", "det", 10),
    ("town", "town", "NOUN", "NN", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 2),
]


@pytest.mark.parametrize(
    ("rows", "content"),
    [
        # past the object, a set-off clause with its own subject is the writer's next thought
        (COMMA_SPLICE, "another delay"),
        # a clause opening on "that" is still the content
        ([*COMMA_SPLICE[:6], ("that", "that", "SCONJ", "IN", "mark", 8), *COMMA_SPLICE[7:]], "that one hurt the town"),
    ],
)
def test_object_before_set_off_clause(nlp: Language, rows: list[tuple[str, str, str, str, str, int]], content: str) -> None:
    doc = parsed(nlp, rows)
    found = verb_cue(doc[2], load_cues())
    assert found is not None
    assert doc.text[found.content[0][0] : found.content[0][1]] == content
