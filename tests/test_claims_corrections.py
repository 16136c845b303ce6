"""A correction notice ("An earlier version of this article said ...") is
the outlet's withdrawn text: no stance, and no figure to compare. Fictional."""

from __future__ import annotations

from test_claims_tracking import FILLER, bag_of_words

from rashomon.claims import Proposition, StatementIndex, StatementView


def test_a_correction_notices_withdrawn_words_take_no_stance() -> None:
    """"An earlier version of this article said ..." is the outlet's own
    withdrawn text, nobody's claim."""
    index = StatementIndex(encoder=bag_of_words)
    index.add([
        *FILLER,
        StatementView("old", "d1", "the Osterby plant employed 300 people", actor=None,
                      speaker_text="An earlier version of this article"),
        StatementView("union", "d2", "the Osterby plant employed 300 people", actor="union"),
    ])
    stances = {s.statement: s.value for s in index.track(Proposition("p", "The Osterby plant employed 300 people"))}
    assert stances == {"union": "affirm"}


def test_a_correction_notices_figure_is_never_compared() -> None:
    from rashomon.findings.values import extract_values

    text = ("Correction: An earlier version of this article said the plant employed 300 people. "
            "It employs 200 people.")
    assert [v.text for v in extract_values("d", text)] == ["200 people"]
