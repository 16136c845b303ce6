"""Which clause of a statement speaks of a proposition, and whose negation
counts: lists after "no", clauses that go on about what the one before
named, and the attribution stage's flag on a content of several clauses.
Fictional."""

from __future__ import annotations

from rashomon.claims import Proposition, StatementView
from rashomon.claims.stance import direction, prepare

THEFT = prepare(Proposition("t", "Payment details were stolen"))
WEATHER = prepare(Proposition("w", "A storm caused the barge to sink"))


def said(content: str, cue_class: str = "assert", negated: bool = False) -> StatementView:
    return StatementView("s", "d", content, cue_class, sentence=content, actor="a", negated=negated)


def test_no_before_a_list_negates_every_item_of_it() -> None:
    assert direction(said('"No names, addresses or payment details were stolen,"'), THEFT) == "deny"
    assert direction(said("None of the names, card numbers or payment details were stolen"), THEFT) == "deny"
    # each item negated on its own: one negation, not two
    assert direction(said("he saw no receipts, no invoices, nothing stolen from the payment details"), THEFT) == "deny"
    # an interjection is no list
    assert direction(said('"No, the payment details were stolen, all of them"'), THEFT) == "affirm"


def test_a_clause_that_goes_on_about_what_the_one_before_named_keeps_its_negation() -> None:
    assert direction(said("The storm was real, but it was not what sank her"), WEATHER) == "deny"
    # "it had" is its speaker doing something else, not the storm
    assert direction(said("its gauge recorded a storm that night, and that it had issued no warning"), WEATHER) == "affirm"


def test_the_stages_negation_flag_is_the_main_verbs_not_every_clauses() -> None:
    """A quote whose second sentence is negated ("No barge sank") does not
    deny what its first sentence says of another thing."""
    storm = said("A storm hit the harbour at dusk. No crew member was hurt.", negated=True)
    assert direction(storm, WEATHER) == "affirm"
    assert direction(said("the storm did not sink the barge", negated=True), WEATHER) == "deny"
