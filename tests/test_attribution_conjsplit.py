"""A second statement the parse hangs inside the first one's clause: a
coordinated cue that brings a clause of its own ends the first content and
speaks for the first speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a cue with its own auxiliary: the first speaker's second statement
        (
            "Councillor Amsel said that the board would meet in May but did not say whether it would vote.",
            "did not say",
            [("whether it would vote", "Councillor Amsel")],
        ),
        (
            "Councillor Amsel said that the board would meet in May but did not say whether it would vote.",
            "said",
            [("that the board would meet in May", "Councillor Amsel")],
        ),
        # a coordinated participle with a clause: the first speaker's second statement
        (
            "Ms. Voss spoke for an hour, acknowledging that the council had acted quickly but warning that the repairs would take years.",
            "acknowledging",
            [("that the council had acted quickly", "Ms. Voss")],
        ),
        (
            "Ms. Voss spoke for an hour, acknowledging that the council had acted quickly but warning that the repairs would take years.",
            "warning",
            [("that the repairs would take years", "Ms. Voss")],
        ),
        # a cue with its own subject and clause
        (
            "The survey found that most voters trust the council but a third said they want a new mayor.",
            "found",
            [("that most voters trust the council", "The survey")],
        ),
        # a set-off participle hung on the clause speaks for the reporter, not the clause's subject
        ("Ms. Tarvo said the mill would stay open, saying the orders were strong.", "saying", [("the orders were strong", "Ms. Tarvo")]),
        # a bare verb shares the clause's modal: one statement
        (
            "Ms. Lund said she would go to the hall and tell them that the plan had failed.",
            "said",
            [("she would go to the hall and tell them that the plan had failed", "Ms. Lund")],
        ),
    ],
)
def test_coordinated_statement(nlp: Language, text: str, cue: str, expected: list[tuple[str, str]]) -> None:
    assert statements(nlp(text), cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # the parse hangs "accused" on the reported clause, whose subject is a thing
        (
            "Mayor Dorn said the closure was ordered by the council and accused the harbour board of delay.",
            "accused",
            [("the harbour board of delay", "Mayor Dorn")],
        ),
        (
            "Inspector Vole noted that the toll already lags the target and asked whether the board would act.",
            "asked",
            [("whether the board would act", "Inspector Vole")],
        ),
    ],
)
def test_a_thing_in_the_reported_clause_is_no_speaker(nlp: Language, text: str, cue: str, expected: list[tuple[str, str]]) -> None:
    assert statements(nlp(text), cue) == expected
