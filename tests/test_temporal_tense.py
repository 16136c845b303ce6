"""Which way a bare month or weekday points, from the words around it.

Every sentence here is fictional.
"""

from __future__ import annotations

import pytest

from rashomon.temporal import tag


def value_of(text: str, published: str, expression: str) -> str:
    found = {x.text: x.value for x in tag(text, published)}
    assert expression in found, found
    return found[expression]


def test_irregular_past_tense_points_back() -> None:
    # "brought" is past although "will" follows later in the sentence.
    text = "In January, Tamsel Foods brought in a new director who will run the Orrin plant."
    assert value_of(text, "2024-10-27", "January") == "2024-01"


def test_since_points_back_whatever_the_verb() -> None:
    text = "The ferry Valka has been idle since March and was scheduled to sail again in the spring."
    assert value_of(text, "2024-02-13", "March") == "2023-03"


def test_effective_date_looks_ahead() -> None:
    text = "The Brenner board named a new treasurer, effective June 1."
    assert value_of(text, "2024-10-26", "June 1") == "2025-06-01"


def test_present_passive_is_not_a_past_tense() -> None:
    # "heard" after "is" is a participle: May is the coming one, not last year's.
    text = "The appeal of the Corvin family fails if the case is heard in May, the lawyer said."
    assert value_of(text, "2024-03-29", "May") == "2024-05"


def test_future_in_the_past_looks_ahead() -> None:
    # Published Friday 2024-01-05; "was going to" wins over the bare "was" it starts with.
    text = "Residents of Pellow said a march on Saturday was going to close the bridge."
    assert value_of(text, "2024-01-05", "Saturday") == "2024-01-06"
    text = "Residents of Pellow said a march on Saturday was peaceful."
    assert value_of(text, "2024-01-05", "Saturday") == "2023-12-30"


def test_past_perfect_in_an_earlier_clause_leaves_a_deadline_ahead() -> None:
    # "had" belongs to the relative clause; "by February" ends the plan, which is still to come.
    text = "The sale, which had been rumoured, is part of the Orrin Trust's plan to repay its loan by February."
    assert value_of(text, "2024-10-30", "February") == "2025-02"


def test_can_looks_ahead() -> None:
    # Written in December: what the growers can now do happens at the coming April fair.
    text = "With their permits secure, the Orlan growers can take part in planning the harvest fair in April."
    assert value_of(text, "2024-12-05", "April") == "2025-04"


def test_plan_in_the_past_perfect_is_a_date_gone_by() -> None:
    # Published Monday 2024-10-28: the offer was extended, so the Friday it had been due to end is behind us.
    text = "The Orrin Trust extended its offer to Nov. 16. It had been due to expire Friday evening."
    assert value_of(text, "2024-10-28", "Friday evening") == "2024-10-25TEV"
    text = "The Orrin Trust offer is due to expire Friday evening."
    assert value_of(text, "2024-10-28", "Friday evening") == "2024-11-01TEV"


@pytest.mark.slow
def test_parse_reads_the_tense_off_the_finite_word() -> None:
    # "expected" and "paid" are past participles; "is" and "would" set the tense, and neither is past.
    from rashomon.nlp import load_pipeline

    nlp = load_pipeline()
    for text, month, value in (
        ("Holders will get $12 a share at closing, which is expected in December.", "December", "2031-12"),
        ("The dividend would be paid on a still unspecified date in January to holders of Velt shares.",
         "January", "2032-01"),
    ):
        found = {x.text: x.value for x in tag(text, "2031-11-02", nlp(text))}
        assert found[month] == value, (text, found)
