"""A causal claim ("X because of Y") against statements that name another
cause, or none. Fictional."""

from __future__ import annotations

from test_claims_tracking import FILLER, bag_of_words

from rashomon.claims import Proposition, StatementIndex, StatementView
from rashomon.claims.stance import other_cause, prepare


def test_a_competing_cause_denies_a_causal_claim_and_the_bare_event_takes_no_side() -> None:
    """"The engine failed because of a bird strike": a fatigued blade named
    as the cause is a competing explanation; that the engine failed says
    nothing of why."""
    index = StatementIndex(encoder=bag_of_words)
    index.add([
        *FILLER,
        StatementView("bird", "d1", "the engine had been damaged by a bird strike", actor="airline"),
        StatementView("blade", "d2", "the engine failed because metal fatigue cracked a turbine blade", actor="bureau"),
        StatementView("event", "d3", "the engine failed two minutes after take-off", actor="crew"),
    ])
    stances = {s.statement: s.value for s in index.track(Proposition("p", "The engine failed because of a bird strike"))}
    assert stances.get("bird") == "affirm"
    assert stances.get("blade") == "deny"
    assert "event" not in stances


def test_a_cause_named_before_or_after_the_effect_is_the_claims_cause() -> None:
    weather = prepare(Proposition("w", "Bad weather caused the ferry to capsize"))
    assert other_cause("the storm and the weather that night sank her", weather) == "keep"
    assert other_cause("the ferry capsized because she was overloaded", weather) == "deny"
    assert other_cause("the ferry capsized at 9 pm", weather) is None
    assert other_cause("anything", prepare(Proposition("f", "The ferry capsized at 9 pm"))) == "keep"  # no cause named


def test_what_started_a_fire_is_its_cause() -> None:
    """"A power line started the fire": a campfire named as what started it
    is a competing cause; that the fire spread says nothing of why."""
    index = StatementIndex(encoder=bag_of_words)
    index.add([
        *FILLER,
        StatementView("line", "d1", "a sagging power line had sparked the fire near Osterby", actor="linemen"),
        StatementView("camp", "d2", "the fire near Osterby had more likely been started by a campfire", actor="utility"),
        StatementView("wind", "d3", "the fire near Osterby spread quickly in the wind", actor="crews"),
    ])
    stances = {s.statement: s.value for s in index.track(Proposition("p", "A power line started the fire near Osterby"))}
    assert stances.get("line") == "affirm"
    assert stances.get("camp") == "deny"
    assert "wind" not in stances


def test_a_fire_in_a_case_about_flames_is_a_blaze_not_gunfire() -> None:
    from rashomon.claims.concepts import build_profile, stems

    said = [set(stems(t)) for t in ("the blaze spread to the ridge", "flames reached the houses", "the wildfire burned for days")]
    usage = lambda term: sum(set(term) <= words for words in said)  # noqa: E731 - as the index counts statements
    labels = [c["concept"] for c in build_profile("A power line started the fire", usage=usage).as_list()]
    assert "blaze" in labels and "attack" not in labels
