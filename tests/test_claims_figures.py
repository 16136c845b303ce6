"""A proposition that states a figure against statements that give
another or reject it. Fictional."""

from __future__ import annotations

from rashomon.claims import Proposition, StatementView
from rashomon.claims.stance import direction, prepare


def said(content: str) -> StatementView:
    return StatementView("s", "d", content, "assert", sentence=content, actor="a")


def test_another_figure_for_the_same_count_says_otherwise() -> None:
    margin = prepare(Proposition("m", "Ilse Varn won by 312 votes"))
    assert direction(said("the recount confirmed Ilse Varn as the winner, with a margin of 290 votes rather than 312"), margin) == "deny"
    assert direction(said("Varn won by 290 votes"), margin) == "deny"
    assert direction(said("Varn won by 312 votes"), margin) == "affirm"
    assert direction(said("Varn won by about 300 votes"), margin) == "affirm"  # hedged: no side on the figure
    assert direction(said("Varn won the vote"), margin) == "affirm"


def test_written_numbers_count_and_other_counts_do_not() -> None:
    toll = prepare(Proposition("t", "The fire at Osterby killed two people"))
    assert direction(said("the fire at Osterby killed four people"), toll) == "deny"
    assert direction(said("two people died in the fire at Osterby and nine homes burned"), toll) == "affirm"
    assert direction(said("the fire at Osterby killed four, not two"), toll) == "deny"


def test_a_comparison_is_a_bound_not_a_figure() -> None:
    assert prepare(Proposition("b", "The ferry carried more than 250 passengers")).figure is None


def test_a_rough_figure_in_millions_allows_its_give_and_no_more() -> None:
    taken = prepare(Proposition("r", "The records of about 1.4 million customers had been taken"))
    assert taken.figure is not None and taken.figure.value == 1_400_000 and taken.figure.rough
    assert direction(said("hackers had taken the data of 1.2 million customers"), taken) == "deny"
    assert direction(said("the records of 1.35 million customers were taken"), taken) == "affirm"
    assert direction(said("the records of customers were taken"), taken) == "affirm"
    exact = prepare(Proposition("e", "The records of 1.4 million customers had been taken"))
    assert direction(said("records were taken, but not 1.4 million, the firm said"), exact) == "deny"
