"""Direction rules of a statement's stance (no model needed)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rashomon.claims import Proposition, StatementView, direction, prepare
from rashomon.claims.lexicon import stem
from rashomon.claims.stance import evidence_doubt

BRIDGE = prepare(Proposition("p", "The Larch bridge was closed to trucks"))
NOT_CLOSED = prepare(Proposition("q", "The Larch bridge was not closed to trucks"))


def view(content: str, cue_class: str = "assert", **kw: object) -> StatementView:
    return StatementView("s", "d", content, cue_class, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("content", "cue_class", "expected"),
    [
        ("the Larch bridge had been closed to trucks", "assert", "affirm"),
        ("the Larch bridge had been closed to trucks", "admit", "affirm"),
        ("the Larch bridge had been closed to trucks", "deny", "deny"),
        ("the Larch bridge was never closed to trucks", "assert", "deny"),
        ("the ferry kept running, but the Larch bridge was not closed to trucks", "assert", "deny"),
        ("the reports of a closure were baseless", "assert", "deny"),
        ("there was no evidence that the bridge was closed", "assert", "no_evidence"),
        ("we cannot confirm that the bridge was closed", "assert", "no_evidence"),
        ("she had been misinformed about the bridge", "assert", "retract"),
        ("the council had been wrong to say the Larch bridge was open to trucks", "assert", "retract"),
        # a contrast's "not" negates its own noun: it turns the claim only when that is the claim's
        ("the Larch bridge was closed to trucks and not a footpath", "assert", "affirm"),
        ("the Larch bridge was closed to cars and not trucks", "assert", "deny"),
        ("the bridge may have been closed to trucks", "assert", "uncertain"),
        ("she could not rule out that the bridge had been closed to trucks", "assert", "uncertain"),
        ("the Larch bridge was closed to trucks without any warning", "assert", "affirm"),
        ("whether the bridge was closed", "question", "uncertain"),
        ("the bridge was closed to trucks, there is no doubt", "assert", "affirm"),
        ("the Larch bridge was closed to trucks, and the blame lies with the council", "assert", "affirm"),
        ("the story that the Larch bridge was closed to trucks is a lie", "report", "deny"),
        ("How can anyone say the bridge was closed from one photograph?", "assert", "uncertain"),
        ("the Larch bridge was closed to trucks", "endorse", "affirm"),
        ("the Larch bridge was closed to trucks", "oppose", "deny"),
        ("the engineer had seen nothing to suggest that the bridge was closed", "assert", "no_evidence"),
        ("reports that the Larch bridge was closed to trucks are wrong", "assert", "deny"),
        # "no data" says what was not done to data, not that the speaker lacks it
        ("no data about the Larch bridge was kept", "assert", "deny"),
        ("we have no data on whether the Larch bridge was closed", "assert", "no_evidence"),
    ],
)
def test_direction_from_cue_negation_and_wording(content: str, cue_class: str, expected: str) -> None:
    assert direction(view(content, cue_class), BRIDGE) == expected


def test_calling_someone_elses_account_wrong_is_no_retraction() -> None:
    assert direction(view("the survey of the Larch bridge was wrong"), BRIDGE) != "retract"
    assert direction(view("I was wrong about the Larch bridge being closed to trucks"), BRIDGE) == "retract"


def test_denying_a_negated_proposition_affirms_it() -> None:
    assert direction(view("the Larch bridge was closed to trucks", "deny"), NOT_CLOSED) == "affirm"
    assert direction(view("the Larch bridge was closed to trucks"), NOT_CLOSED) == "deny"
    assert direction(view("the Larch bridge was not closed to trucks"), NOT_CLOSED) == "affirm"


def test_denial_with_emphatic_negation_stays_a_denial() -> None:
    assert direction(view("we never closed the Larch bridge to trucks", "deny"), BRIDGE) == "deny"


def test_negated_cue_leaves_the_question_open() -> None:
    sentence = "The council did not confirm that the Larch bridge was closed to trucks."
    assert direction(view("the Larch bridge was closed to trucks", "confirm", cue="confirm", sentence=sentence), BRIDGE) == "no_evidence"
    sentence = "The council did not deny that the Larch bridge was closed to trucks."
    assert direction(view("the Larch bridge was closed to trucks", "deny", cue="deny", sentence=sentence), BRIDGE) == "uncertain"


def test_negation_written_into_the_cue_leaves_the_question_open() -> None:
    sentence = "The council has not denied that the Larch bridge was closed to trucks."
    assert direction(view("that the Larch bridge was closed to trucks", "deny", cue="has not denied", sentence=sentence), BRIDGE) == "uncertain"


def test_attribution_negation_flag_counts_as_negated_content() -> None:
    assert direction(view("the Larch bridge was closed to trucks", negated=True), BRIDGE) == "deny"


def test_model_designations_stay_one_word() -> None:
    """"Harrow-4C" and "Harrow-4U" are different things, not "Harrow" twice."""
    from rashomon.claims.lexicon import content_terms

    assert content_terms("Larch-4C trucks") != content_terms("Larch-4U trucks")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("the water samples could have been contaminated", "uncertain"),
        ("ledger entries can be forged, and often are", "uncertain"),
        ("the photographs prove nothing", "deny"),
        ("the receipts were fabricated", "deny"),
        ("the seal cannot have been forged", None),  # the doubt denied
        ("the receipts were never fabricated", None),
        ("divers recovered hull plates that could be traced", None),  # nothing impugned
        ("the lab's samples were contaminated", "deny"),
        ("it had received 31 reports of contaminated tablets", None),  # what the case is about
    ],
)
def test_evidence_doubt_reads_how_a_statement_impugns_evidence(content: str, expected: str | None) -> None:
    assert evidence_doubt(content) == expected


def test_another_model_of_the_same_family_only_denies() -> None:
    features = prepare(Proposition("p", "The shells that hit the depot were Korvel-7B shells from Ostrava."))
    only_other = StatementView("s", "d", "every licence covered the Korvel-7A only", "assert")
    also_other = StatementView("t", "d", "every licence covered the Korvel-7A", "assert")
    both = StatementView("u", "d", "the Korvel-7B was sold, the Korvel-7A only later", "assert")
    assert direction(only_other, features) == "deny"
    assert direction(also_other, features) == "affirm"  # no restriction, no contrast
    assert direction(both, features) == "affirm"  # names the proposition's own model


OVERWEIGHT = prepare(Proposition("w", "The Tamsin lorry was carrying more weight than it was permitted to carry"))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("the Tamsin lorry carried 18 tonnes, within its permitted limit", "deny"),
        ("the lorry was well below its rated capacity", "deny"),
        ("the Tamsin lorry was far over the limit", "affirm"),
        ("it carried more weight than the law allowed", "affirm"),
        ("we have never driven the Tamsin lorry above its permitted limit", "deny"),
        ("the lorry was loaded under a permit from the county", "affirm"),  # no bound: the cue decides
    ],
)
def test_a_quantity_within_a_limit_the_proposition_says_was_exceeded_denies_it(content: str, expected: str) -> None:
    assert OVERWEIGHT.bound == "over"
    assert direction(view(content), OVERWEIGHT) == expected


def test_a_proposition_that_keeps_within_a_limit_is_denied_by_an_excess() -> None:
    within = prepare(Proposition("u", "Emissions at the Harl plant stayed below the legal cap"))
    assert within.bound == "within"
    assert direction(view("the Harl plant exceeded its cap twice last year"), within) == "deny"
    assert direction(view("the Harl plant never exceeded its cap"), within) == "affirm"


def test_a_clause_that_points_back_goes_on_speaking_of_the_same_thing() -> None:
    rashes = prepare(Proposition("r", "Chlorine from the Wexby works caused the rashes in Wexby."))
    content = ("The rashes seen in Wexby are consistent with a summer virus. "
               "There is no link between these cases and the canal.")
    assert direction(view(content), rashes) == "deny"
    # a following clause that does not point back is another matter
    content = "The rashes seen in Wexby are consistent with chlorine. There is no sign of a virus."
    assert direction(view(content), rashes) == "affirm"


def test_a_deadline_with_no_is_not_a_negation() -> None:
    assert direction(view("the Larch bridge was closed to trucks no later than 9 pm"), BRIDGE) == "affirm"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # rejecting a claim that denies affirms: "nothing" belongs to the claim, not to emphasis
        ("the harbour board's insistence that nothing was closed to trucks on the Larch bridge", "affirm"),
        ("the contention that the Larch bridge was never closed to trucks", "affirm"),
        # a rejected claim that affirms, and a denial with its own emphasis, stay denials
        ("the harbour board's claim that the Larch bridge was closed to trucks", "deny"),
        ("that the Larch bridge was never closed to trucks", "deny"),
    ],
)
def test_rejecting_a_named_claim_takes_the_claims_own_polarity(content: str, expected: str) -> None:
    assert direction(view(content, "deny"), BRIDGE) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # the negation qualifies a noun, not the claim
        ("the Larch bridge was closed to trucks that had not been weighed", "affirm"),
        ("drivers who were never told found the Larch bridge closed to trucks", "affirm"),
        ("the Larch bridge, which had not been inspected, was closed to trucks", "affirm"),
        # "that" as the reported clause's own subject still negates it
        ("she said that was not the Larch bridge closed to trucks", "deny"),
        ("the Larch bridge was not closed to trucks that day", "deny"),
    ],
)
def test_a_negation_in_a_relative_clause_does_not_turn_the_claim(content: str, expected: str) -> None:
    assert direction(view(content), BRIDGE) == expected


def test_irregular_forms_speak_of_the_same_thing() -> None:
    children = prepare(Proposition("c", "Children fell ill after drinking the formula"))
    assert direction(view("no child had fallen ill because of the formula"), children) == "deny"
    assert stem("children") == stem("child") and stem("sank") == stem("sinking")


def test_doing_a_thing_without_doing_another_affirms_the_first() -> None:
    """"approved the strike without checking the target" affirms the
    strike; "left without finding a leak" still denies a leak found."""
    strike = prepare(Proposition("s", "Controllers approved the strike on the depot"))
    approved = StatementView("a", "d", "controllers had approved the strike on the depot without checking the target", actor="x")
    assert direction(approved, strike) == "affirm"
    leak = prepare(Proposition("l", "The inspectors found a leak"))
    left = StatementView("b", "d", "the inspectors left without finding a leak", actor="x")
    assert direction(left, leak) == "deny"


def test_an_explanation_not_given_takes_no_stance_on_what_it_would_explain() -> None:
    from rashomon.claims.stance import is_silence

    unexplained = StatementView("u", "d", "the inquiry had still not explained why the ministry denied the strike", actor="x")
    assert is_silence(unexplained)
    assert is_silence(replace(unexplained, content="the port has not explained to residents how the fuel leaked"))
    assert not is_silence(replace(unexplained, content="the mayor did not explain the delay to the council"))
    assert not is_silence(replace(unexplained, content="she did not say that the fuel leaked"))


def test_a_thing_that_worked_as_designed_denies_its_fault() -> None:
    fault = prepare(Proposition("f", "A pump fault flooded the Harl tunnel"))
    worked = StatementView("w", "d", "the pumps in the Harl tunnel worked as designed", actor="x")
    assert direction(worked, fault) == "deny"
    faulty = StatementView("y", "d", "a faulty pump flooded the Harl tunnel", actor="x")
    assert direction(faulty, fault) == "affirm"


def test_a_thing_called_off_did_not_take_place() -> None:
    test = prepare(Proposition("t", "The Ostra bridge passed a load test in May"))
    assert direction(view("a load test was booked for May 3 but cancelled two days earlier"), test) == "deny"
    assert direction(view("the city postponed the load test of the Ostra bridge"), test) == "deny"
    assert direction(view("the parade was called off after the load test"), test) == "affirm"
    assert direction(view("the Ostra bridge passed a load test in May"), test) == "affirm"


def test_a_hedge_on_another_clause_leaves_the_claim_sure() -> None:
    test = prepare(Proposition("t", "The Ostra bridge passed a load test in May"))
    sure = "the bridge had passed a load test in May and that it was too early to say what caused the crack"
    assert direction(view(sure), test) == "affirm"
    assert direction(view("the bridge may have passed a load test in May"), test) == "uncertain"
    assert direction(view("Possibly, the bridge passed the load test"), test) == "uncertain"
