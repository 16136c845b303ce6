"""Receptions of support: "X has the support of Y", "X won support among Y"
name X as what was backed and Y as who backs it."""

from __future__ import annotations

from spacy.language import Language

from test_attribution_phrasex import reception


def test_has_the_support_of_names_who_supports(nlp: Language) -> None:
    found = reception(nlp, "Councillor Maren has the support of the dock workers.", "support")
    assert found == ("Councillor Maren", "workers", "has support")


def test_support_among_names_who_supports(nlp: Language) -> None:
    found = reception(nlp, "The ferry levy won strong support among rural voters.", "support")
    assert found == ("The ferry levy", "voters", "won support")


def test_needing_support_is_a_reception_with_no_named_source(nlp: Language) -> None:
    assert reception(nlp, "Mayor Tolvan will need broad support.", "support") == ("Mayor Tolvan", None, "need support")


def test_support_with_another_verb_is_no_reception(nlp: Language) -> None:
    assert reception(nlp, "Councillor Maren pledged her support.", "support") is None


def test_fronted_relative_object_is_no_reception(nlp: Language) -> None:
    # before: the cue ran backwards, from "need" to "support", and the content was "she"
    found = reception(nlp, "The mayor courted the harbour voters, whose support she will need in the runoff.", "support")
    assert found is None


def test_no_statement_has_a_backwards_span(nlp: Language) -> None:
    from rashomon.attribution import extract

    for att in extract(nlp("The mayor courted the harbour voters, whose support she will need in the runoff.")):
        assert att.cue_span is None or att.cue_span[0] < att.cue_span[1]
