"""Who knew what: a proposition about knowing something bears only on
statements that speak of knowing it; theft against things kept safe.
Fictional."""

from __future__ import annotations

from test_claims_tracking import FILLER, bag_of_words

from rashomon.claims import Proposition, StatementIndex, StatementView
from rashomon.claims.stance import direction, prepare


def test_a_statement_about_the_thing_known_is_not_about_knowing_it() -> None:
    index = StatementIndex(encoder=bag_of_words)
    index.add([
        *FILLER,
        StatementView("breach", "d1", "hackers broke into the Oltmark billing system in February", actor="firm"),
        StatementView("warned", "d2", "an auditor warned Oltmark about the breach on February 12", actor="papers"),
        StatementView("unaware", "d3", "Oltmark was unaware of the breach until March", actor="firm"),
    ])
    stances = {s.statement: s.value for s in index.track(Proposition("p", "Oltmark knew about the breach in February"))}
    assert "breach" not in stances
    assert stances.get("warned") == "affirm"
    assert stances.get("unaware") == "deny"


def test_rejecting_a_claim_that_things_were_safe_affirms_their_theft() -> None:
    theft = prepare(Proposition("t", "Payment details were stolen"))
    rejected = StatementView("s", "d", "the company's statement that payment details were safe", "deny",
                             sentence="the company's statement that payment details were safe", actor="a")
    assert direction(rejected, theft) == "affirm"
    kept = StatementView("k", "d", "payment details were kept secure", "assert", actor="a")
    assert direction(kept, theft) == "deny"


def test_a_clock_time_is_no_concept_and_not_warned_is_no_term() -> None:
    """"at 3 p.m." has no word that says what; "not warned" would read as "warned"."""
    from rashomon.claims.concepts import build_profile, concept_groups, stems

    labels = [c["concept"] for c in build_profile("Osterby residents were warned at 3 p.m.").as_list()]
    assert labels == ["Osterby residents", "knowledge"]
    knowing = {stems(t) for t in concept_groups()["knowledge"].terms}
    assert not any(stems(t) in knowing for t in concept_groups()["ignorance"].terms)



def test_not_knowing_of_a_thing_does_not_deny_the_thing() -> None:
    """"she had not known of the breach until March" takes the breach as given:
    against a proposition about the breach itself, the negation is her
    knowing's, not the breach's; against one about knowing it, it denies."""
    unknowing = StatementView("u", "d", "she had not known of the breach until March", "assert",
                              sentence="Orla Vent said she had not known of the breach until March", actor="a")
    assert direction(unknowing, prepare(Proposition("b", "Hackers breached the Oltmark billing system"))) == "affirm"
    assert direction(unknowing, prepare(Proposition("k", "Orla Vent knew of the breach before March"))) == "deny"
    denied = StatementView("n", "d", "hackers had not breached the billing system", "assert", actor="a")
    assert direction(denied, prepare(Proposition("b", "Hackers breached the Oltmark billing system"))) == "deny"
