"""Speech verbs whose subject the parse lost: a "that" clause right after
the cue is still what was said, reported with no named speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("In praising the mayor, hints that the harbour levy may be cut.", "hints", "that the harbour levy may be cut"),
        (
            "Residents are watching an experienced councillor, Ana Dorn, argue that the harbour levy is unfair.",
            "argue",
            "that the harbour levy is unfair",
        ),
    ],
)
def test_a_that_clause_after_a_subjectless_speech_verb_is_reported(nlp: Language, text: str, cue: str, content: str) -> None:
    assert statements(nlp(text), cue) == [(content, None)]


def test_a_subjectless_belief_verb_reports_nothing(nlp: Language) -> None:
    # a view with no holder in sight is not a statement anyone made
    assert statements(nlp("In praising the mayor, believes that the harbour levy may be cut."), "believes") == []
