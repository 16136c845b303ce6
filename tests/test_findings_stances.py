"""Reversal, contradiction and corroboration from stances (fictional actors)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rashomon.claims import ActorInfo, Proposition, Stance, StatementView
from rashomon.findings import contradictions, corroboration, proposition_findings, reversals
from rashomon.model import PartialDate

DAM = Proposition("dam", "The Vellin dam was breached by explosives")
ACTORS = {
    "gov": ActorInfo("gov", "state", name="Government of Ostrand"),
    "capital": ActorInfo("capital", "state", stands_for="gov", name="Ostburg"),
    "pm": ActorInfo("pm", "person", affiliation="gov", name="Ilka Varn"),
    "pm-office": ActorInfo("pm-office", "organization", affiliation="gov", name="Office of the Prime Minister"),
    "aide": ActorInfo("aide", "person", affiliation="pm-office", name="Tobin Rask"),
    "interior": ActorInfo("interior", "organization", affiliation="gov", name="Interior Ministry"),
    "engineers": ActorInfo("engineers", "organization", name="Dam Safety Board"),
}


def view(id: str, actor: str, said_on: str | None, document: str | None = None, outlet: str = "Gazette", **kw: object) -> StatementView:
    info = ACTORS[actor]
    return StatementView(
        id, document or f"doc-{id}", f"statement {id}", actor=actor, actor_kind=info.kind,
        actor_affiliation=info.affiliation, actor_stands_for=info.stands_for, outlet=outlet,
        said_on=PartialDate(said_on) if said_on else None, **kw,  # type: ignore[arg-type]
    )


def stances(*pairs: tuple[str, str]) -> list[Stance]:
    return [Stance(sid, "dam", value, 0.9, 0.9) for sid, value in pairs]  # type: ignore[arg-type]


def test_no_evidence_then_affirm_is_a_reversal_in_said_on_order() -> None:
    views = {v.id: v for v in [view("b", "engineers", "2031-06-20"), view("a", "engineers", "2031-05-02")]}
    found = reversals(DAM, stances(("b", "affirm"), ("a", "no_evidence")), views, actors=ACTORS)
    assert len(found) == 1
    assert found[0]["actor"] == "engineers"
    assert found[0]["from"] == {"value": "no_evidence", "said_on": "2031-05-02", "statements": ["a"]}
    assert found[0]["to"]["value"] == "affirm"
    assert "Dam Safety Board" in found[0]["summary"]


def test_office_retraction_is_the_prime_ministers_reversal() -> None:
    views = {
        v.id: v
        for v in [
            view("pm1", "pm", "2031-05-03"),
            view("int1", "interior", "2031-05-01"),
            view("aide1", "aide", "2031-05-05", sentence="Rask said Varn had been misinformed."),
            view("off1", "pm-office", "2031-05"),  # dated to the month only: joins the run it overlaps
        ]
    }
    found = reversals(
        DAM, stances(("pm1", "affirm"), ("int1", "deny"), ("aide1", "retract"), ("off1", "retract")), views, actors=ACTORS
    )
    assert [(f["actor"], f["from"]["value"], f["to"]["value"]) for f in found] == [("pm", "affirm", "retract")]
    assert set(found[0]["to"]["statements"]) == {"aide1", "off1"}


def test_statements_that_cannot_be_ordered_make_no_reversal() -> None:
    views = {v.id: v for v in [view("a", "engineers", "2031-05"), view("b", "engineers", "2031-05-10"), view("c", "engineers", None)]}
    assert reversals(DAM, stances(("a", "affirm"), ("b", "deny"), ("c", "affirm")), views, actors=ACTORS) == []


def test_contradiction_lists_both_sides_with_metonym_as_its_government() -> None:
    views = {v.id: v for v in [view("e", "engineers", "2031-05-01"), view("c", "capital", "2031-05-02"), view("g", "gov", None)]}
    found = contradictions(DAM, stances(("e", "affirm"), ("c", "deny"), ("g", "deny")), views, actors=ACTORS)
    assert len(found) == 1
    sides = {side["value"]: side for side in found[0]["sides"]}
    assert sides["affirm"]["actors"] == ["engineers"]
    assert sides["deny"]["actors"] == ["gov"]
    assert sorted(sides["deny"]["statements"]) == ["c", "g"]
    assert found[0]["summary"].startswith("Dam Safety Board affirmed")


def test_no_contradiction_when_everyone_agrees() -> None:
    views = {v.id: v for v in [view("e", "engineers", None), view("g", "gov", None)]}
    assert contradictions(DAM, stances(("e", "deny"), ("g", "deny")), views, actors=ACTORS) == []


def test_an_unnamed_source_against_a_named_denial_is_a_contradiction() -> None:
    anonymous = StatementView("u", "doc-u", "statement u", unnamed_source="two  engineers at the dam")
    views = {v.id: v for v in [anonymous, view("g", "gov", None)]}
    [found] = contradictions(DAM, stances(("u", "affirm"), ("g", "deny")), views, actors=ACTORS)
    sides = {side["value"]: side for side in found["sides"]}
    assert sides["affirm"]["actors"] == [] and sides["affirm"]["unnamed_sources"] == ["two engineers at the dam"]
    assert sides["affirm"]["statements"] == ["u"] and sides["deny"]["actors"] == ["gov"]
    assert found["summary"].startswith("Unnamed sources (two engineers at the dam) affirmed")


def test_unnamed_sources_on_both_sides_are_no_contradiction() -> None:
    views = {i: StatementView(i, f"doc-{i}", f"statement {i}", unnamed_source=f"a witness {i}") for i in ("a", "b")}
    assert contradictions(DAM, stances(("a", "affirm"), ("b", "deny")), views, actors=ACTORS) == []


def test_corroboration_counts_a_syndicated_copy_once() -> None:
    views = {
        v.id: v
        for v in [
            view("w", "engineers", None, document="wire", outlet="Wire Agency"),
            view("w2", "engineers", None, document="copy", outlet="Daily Post", duplicate_of="wire"),
            view("x", "gov", None, document="other", outlet="Valley News"),
            view("y", "pm", None, document="third", outlet="Valley News"),
        ]
    }
    found = corroboration(DAM, stances(("w", "affirm"), ("w2", "affirm"), ("x", "affirm"), ("y", "affirm")), views)
    assert len(found) == 1
    assert found[0]["independent_sources"] == 2
    assert found[0]["outlets"] == ["Valley News", "Wire Agency"]
    assert "1 syndicated" in found[0]["summary"]


def test_finding_ids_are_stable_and_every_finding_cites_statements() -> None:
    views = {v.id: v for v in [view("a", "engineers", "2031-05-02"), view("b", "engineers", "2031-06-20"), view("g", "gov", "2031-05-04")]}
    given = stances(("a", "affirm"), ("b", "deny"), ("g", "deny"))
    first = proposition_findings(DAM, given, views, actors=ACTORS)
    again = proposition_findings(DAM, list(reversed(given)), views, actors=ACTORS)
    assert {f["type"] for f in first} == {"reversal", "contradiction"}
    assert sorted(f["id"] for f in first) == sorted(f["id"] for f in again)
    assert all(f["statements"] and f["summary"] for f in first)


def test_retraction_naming_the_speaker_attaches_across_unlinked_actors() -> None:
    actors = dict(ACTORS, spokes=ActorInfo("spokes", "person", name="Nell Ardo"))
    actors["pm"] = ActorInfo("pm", "person", affiliation="gov", name="Ilka Varn", aliases=("the prime minister",))
    views = {
        v.id: v
        for v in [
            view("pm1", "pm", "2031-05-03"),
            StatementView("sp1", "doc-sp1", "she was misinformed", actor="spokes", actor_kind="person",
                          sentence="Ardo said the prime minister was misinformed.", said_on=PartialDate("2031-05-06")),
        ]
    }
    found = reversals(DAM, stances(("pm1", "affirm"), ("sp1", "retract")), views, actors=actors)
    assert [(f["actor"], f["to"]["statements"]) for f in found] == [("pm", ["sp1"])]


def test_findings_match_the_export_contract() -> None:
    import json

    import jsonschema
    import pytest

    from rashomon.findings import DocumentView, discrepancies

    path = Path(__file__).resolve().parents[2] / "shared" / "contract" / "export.schema.json"
    if not path.exists():
        pytest.skip("shared contract not present")
    schema = json.loads(path.read_text())
    items = {"$defs": schema["$defs"], **schema["properties"]["findings"]}
    views = {
        v.id: v
        for v in [view("a", "engineers", "2031-05-02"), view("b", "engineers", "2031-06-20"), view("g", "gov", None, outlet="Valley News")]
    }
    found = proposition_findings(DAM, stances(("a", "affirm"), ("b", "deny"), ("g", "affirm")), views, actors=ACTORS)
    found += discrepancies([DocumentView("x", "The Tessel bridge lies 3 km from the quarry."), DocumentView("y", "The Tessel bridge lies 9 km from the quarry.")])
    assert {f["type"] for f in found} == {"reversal", "contradiction", "corroboration", "discrepancy"}
    jsonschema.validate(found, items)


def test_claim_corroboration_counts_outlets_behind_a_discovered_claim() -> None:
    from rashomon.claims import DiscoveredProposition
    from rashomon.findings import claim_corroborations

    views = {
        v.id: v
        for v in [
            view("w", "engineers", None, document="wire", outlet="Wire Agency"),
            view("c", "engineers", None, document="copy", outlet="Daily Post", duplicate_of="wire"),
            view("v", "gov", None, document="valley", outlet="Valley News"),
            view("lone", "gov", None, document="solo", outlet="Solo Times"),
        ]
    }
    claims = [
        DiscoveredProposition("The spillway gates failed.", ["w", "c", "v"], ["copy", "valley", "wire"], saying=["w", "c", "v"]),
        DiscoveredProposition("The gates were old.", ["w", "c"], ["copy", "wire"], saying=["w", "c"]),
    ]
    found = claim_corroborations(claims, views)
    assert [(f["claim"], f["independent_sources"]) for f in found] == [("The spillway gates failed.", 2)]
    assert found[0]["proposition"] is None


def test_a_discovered_claims_denials_are_corroborated_apart_from_it() -> None:
    """Outlets that carry a denial of a claim are not outlets saying it."""
    from rashomon.claims import DiscoveredProposition
    from rashomon.findings import claim_corroborations

    views = {
        v.id: v
        for v in [
            view("w", "engineers", None, document="wire", outlet="Wire Agency"),
            view("v", "gov", None, document="valley", outlet="Valley News"),
            view("s", "gov", None, document="solo", outlet="Solo Times"),
            view("q", "engineers", None, document="quay", outlet="Quay Herald"),
        ]
    }
    claim = DiscoveredProposition("The spillway gates failed.", ["w", "v", "s", "q"], ["quay", "solo", "valley", "wire"],
                                  saying=["w"], denying=["v", "s"])
    found = claim_corroborations([claim], views)
    assert [(f["value"], f["independent_sources"], f["statements"]) for f in found] == [("deny", 2, ["v", "s"])]
    assert found[0]["summary"] == "2 independent outlets carry statements denying \u201cThe spillway gates failed\u201d."


def test_a_stance_taken_only_through_its_passage_does_not_make_a_reversal() -> None:
    views = {v.id: v for v in [view("a", "engineers", "2031-05-02"), view("b", "engineers", "2031-06-20")]}
    weak = [Stance("a", "dam", "deny", 0.05, 0.05), Stance("b", "dam", "affirm", 0.9, 0.9)]
    assert reversals(DAM, weak, views, actors=ACTORS) == []
    corrected = [Stance("a", "dam", "deny", 1.0, 0.05, overridden=True), weak[1]]
    assert len(reversals(DAM, corrected, views, actors=ACTORS)) == 1


def test_a_place_named_in_a_retraction_is_not_whom_it_retracts() -> None:
    """"He was misinformed about the strike near Ostburg": Ostburg (a place
    standing for the government) did not misspeak; the office's retraction
    of its own earlier denial is not Ostburg's reversal."""
    actors = dict(ACTORS, town=ActorInfo("town", "organization", name="Ostburg"), press=ActorInfo("press", "organization", name="Press Office"))
    town = StatementView("t1", "d1", "statement t1", actor="town", actor_kind="organization", said_on=PartialDate("2031-05-01"))
    office = StatementView("o1", "d2", "statement o1", actor="press", actor_kind="organization", said_on=PartialDate("2031-05-04"),
                           sentence="The office said he had been misinformed about the strike near Ostburg.")
    found = reversals(DAM, [Stance("t1", "dam", "affirm", 0.9, 0.9), Stance("o1", "dam", "retract", 0.9, 0.9)],
                      {"t1": town, "o1": office}, actors=actors)
    assert found == []


def dated(id: str, actor: str, said_on: str, basis: str, **kw: object) -> StatementView:
    return replace(view(id, actor, None, **kw), said_on=PartialDate(said_on, basis))  # type: ignore[arg-type]


def test_a_retraction_followed_by_a_re_report_of_the_claim_is_no_new_affirmation() -> None:
    views = {
        v.id: v
        for v in [
            dated("pm1", "pm", "2031-05-03", "explicit"),
            dated("off1", "pm-office", "2031-05-05", "relative", sentence="Her office said Varn had been misinformed."),
            # A later article recalls the first remark; only its publication dates it.
            dated("pm2", "pm", "2031-05-06", "publication"),
        ]
    }
    found = reversals(DAM, stances(("pm1", "affirm"), ("off1", "retract"), ("pm2", "affirm")), views, actors=ACTORS)
    assert [(f["from"]["value"], f["to"]["value"]) for f in found] == [("affirm", "retract")]
    # Dated by its own words, the same affirmation is a second change of story.
    views["pm2"] = dated("pm2", "pm", "2031-05-06", "relative")
    found = reversals(DAM, stances(("pm1", "affirm"), ("off1", "retract"), ("pm2", "affirm")), views, actors=ACTORS)
    assert [(f["from"]["value"], f["to"]["value"]) for f in found] == [("affirm", "retract"), ("retract", "affirm")]


def test_a_value_new_to_its_government_counts_even_when_dated_by_publication() -> None:
    views = {
        v.id: v
        for v in [dated("e1", "engineers", "2031-05-02", "explicit"), dated("e2", "engineers", "2031-07-01", "publication")]
    }
    found = reversals(DAM, stances(("e1", "no_evidence"), ("e2", "affirm")), views, actors=ACTORS)
    assert [(f["from"]["value"], f["to"]["value"]) for f in found] == [("no_evidence", "affirm")]


def test_a_re_report_counts_what_another_voice_of_the_same_government_said() -> None:
    # The capital (a metonym) denied; a later article, dated only by publication,
    # carries the prime minister's earlier admission under the capital's name.
    views = {
        v.id: v
        for v in [
            dated("pm1", "pm", "2031-05-03", "explicit"),
            dated("cap1", "capital", "2031-05-03", "relative"),
            dated("cap2", "capital", "2031-05-20", "publication"),
        ]
    }
    found = reversals(DAM, stances(("pm1", "affirm"), ("cap1", "deny"), ("cap2", "affirm")), views, actors=ACTORS)
    assert found == []


def test_a_chief_who_changed_his_own_story_is_named_not_his_body() -> None:
    # his statements count for the board; both sides of the change are his own
    actors = dict(ACTORS, chief=ActorInfo("chief", "person", affiliation="engineers", name="Oren Gall"),
                  clerk=ActorInfo("clerk", "person", affiliation="engineers", name="Pia Tunn"))

    def said(id: str, actor: str, said_on: str) -> StatementView:
        return StatementView(id, f"doc-{id}", f"statement {id}", actor=actor, actor_kind="person",
                             actor_affiliation="engineers", outlet="Gazette", said_on=PartialDate(said_on))

    views = {v.id: v for v in [said("c1", "chief", "2031-05-02"), said("c2", "chief", "2031-05-09")]}
    found = reversals(DAM, stances(("c1", "deny"), ("c2", "affirm")), views, actors=actors)
    assert [(f["actor"], f["from"]["value"], f["to"]["value"]) for f in found] == [("chief", "deny", "affirm")]
    assert "Oren Gall" in found[0]["summary"]
    # a clerk then the chief: the board changed its story
    views = {v.id: v for v in [said("k1", "clerk", "2031-05-02"), said("c2", "chief", "2031-05-09")]}
    found = reversals(DAM, stances(("k1", "deny"), ("c2", "affirm")), views, actors=actors)
    assert [f["actor"] for f in found] == ["engineers"]


def test_a_day_of_mixed_stances_counts_as_its_most_relevant_one() -> None:
    """A passing affirmation beside a firm denial on the first day: the
    voice denied, then affirmed; the statements' order within the day
    (here their ids) decides nothing."""
    views = {v.id: v for v in [view("a1", "engineers", "2031-05-02"), view("a2", "engineers", "2031-05-02"),
                               view("b1", "engineers", "2031-05-09")]}
    found = reversals(DAM, [Stance("a1", "dam", "affirm", 0.2, 0.2), Stance("a2", "dam", "deny", 0.8, 0.8),
                            Stance("b1", "dam", "affirm", 0.7, 0.7)], views, actors=ACTORS)
    assert [(f["from"]["value"], f["to"]["value"]) for f in found] == [("deny", "affirm")]
    assert found[0]["from"]["statements"] == ["a2"]


def test_a_day_that_still_holds_the_old_position_is_no_change() -> None:
    """Affirming again on the day a denial appears beside it is not a clear
    change of story; recalling the old position with no bearing of its own
    ("I told you then we had no evidence") does not hold it."""
    views = {v.id: v for v in [view("a1", "engineers", "2031-05-02"), view("b1", "engineers", "2031-05-09"),
                               view("b2", "engineers", "2031-05-09")]}
    mixed = [Stance("a1", "dam", "affirm", 0.6, 0.6), Stance("b1", "dam", "deny", 0.8, 0.8), Stance("b2", "dam", "affirm", 0.3, 0.3)]
    assert reversals(DAM, mixed, views, actors=ACTORS) == []
    recalled = [mixed[0], mixed[1], Stance("b2", "dam", "affirm", 0.0, 0.0)]
    assert [(f["from"]["value"], f["to"]["value"]) for f in reversals(DAM, recalled, views, actors=ACTORS)] == [("affirm", "deny")]


def test_a_stance_said_only_in_passing_between_two_does_not_hide_the_change() -> None:
    """A denial, then "we have seen no evidence" read only through its
    passage, then an admission: the denial and the admission are the change."""
    views = {v.id: v for v in [view("a", "engineers", "2031-05-02"), view("b", "engineers", "2031-05-20"),
                               view("c", "engineers", "2031-06-20")]}
    said = [Stance("a", "dam", "deny", 0.9, 0.9), Stance("b", "dam", "no_evidence", 0.05, 0.05),
            Stance("c", "dam", "affirm", 0.9, 0.9)]
    found = reversals(DAM, said, views, actors=ACTORS)
    assert [(f["from"]["value"], f["to"]["value"]) for f in found] == [("deny", "affirm")]  # type: ignore[index]
    assert found[0]["statements"] == ["a", "c"]


def test_no_evidence_then_a_denial_is_the_same_position_made_firmer() -> None:
    views = {v.id: v for v in [view("a", "engineers", "2031-05-02"), view("b", "engineers", "2031-05-09")]}
    assert reversals(DAM, stances(("a", "no_evidence"), ("b", "deny")), views, actors=ACTORS) == []
    # the other way round, a denial softened to a want of evidence, is still a change
    assert len(reversals(DAM, stances(("a", "deny"), ("b", "no_evidence")), views, actors=ACTORS)) == 1
