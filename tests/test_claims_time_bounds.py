"""A proposition bounded in time ("knew of the breach before March")
against statements that date what they say. Fictional."""

from __future__ import annotations

from rashomon.claims import Proposition, StatementView
from rashomon.claims.stance import direction, prepare
from rashomon.claims.time_bounds import time_bound
from rashomon.model import PartialDate


def said(content: str, on: str = "2044-03-11") -> StatementView:
    return StatementView("s", "d", content, "assert", sentence=content, actor="a", said_on=PartialDate(on, "text"))


def test_a_date_on_the_wrong_side_of_the_bound_denies() -> None:
    knew = prepare(Proposition("k", "Oltmark knew about the breach before March"))
    assert direction(said("we learned of the breach on March 2 and acted at once"), knew) == "deny"
    assert direction(said("an auditor warned Oltmark about the breach on February 19"), knew) == "affirm"
    assert direction(said("they were warned about the breach in February"), knew) == "affirm"
    assert direction(said("Oltmark knew about the breach"), knew) == "affirm"  # no date: no side


def test_by_includes_its_day_and_after_excludes_it() -> None:
    by = prepare(Proposition("b", "The board was told of the leak by March 5"))
    assert direction(said("the board was told of the leak on March 5"), by) == "affirm"
    assert direction(said("the board was told of the leak on March 6"), by) == "deny"
    after = prepare(Proposition("a", "The pumps were switched off after March 5"))
    assert direction(said("the pumps were switched off on March 5"), after) == "deny"
    assert direction(said("the pumps were switched off on March 9"), after) == "affirm"


def test_only_a_date_after_the_word_is_a_bound() -> None:
    assert time_bound("The board knew of the leak before it reported it") is None
    assert time_bound("The board knew of the leak before March 2").relation == "before"  # type: ignore[union-attr]
    assert time_bound("The ship left prior to February 19").relation == "before"  # type: ignore[union-attr]
