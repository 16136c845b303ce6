"""Statements whose whole content names another statement ("disputed that
account"): they bear on what the named statement said. Fictional sentences."""

from __future__ import annotations

from test_claims_tracking import DAM, FILLER, bag_of_words

from rashomon.claims import StatementIndex, StatementView
from rashomon.claims.references import keeps_own_account, owners, referent, referred_value


def view(id: str, content: str, actor: str, cue_class: str = "assert", start: int = 0, **kw: object) -> StatementView:
    return StatementView(
        id, "brief", content, cue_class, sentence=content, actor=actor, actor_name=actor,
        content_span=(start, start + len(content)), **kw,  # type: ignore[arg-type]
    )


def test_an_account_reference_is_a_bare_noun_phrase_naming_what_was_said() -> None:
    assert owners(view("a", "that account", "x")) == frozenset()
    assert owners(view("b", "the ministry's earlier claims", "x")) == {"ministry"}
    assert owners(view("c", "the police version", "x")) == {"police"}
    assert owners(view("d", "the claim that the dam held", "x")) is None  # it says what
    assert owners(view("e", "it would study the report", "x")) is None  # a clause
    assert owners(view("f", "the flooded fields", "x")) is None


def test_a_clause_ending_in_an_account_noun_names_no_account() -> None:
    # "said the board was 'reviewing the report'": what the board was doing, not a report it confirmed
    assert owners(view("g", "the board was reviewing the report", "x")) is None
    assert owners(view("h", "the board had the report", "x")) is None
    assert owners(view("i", "the harbour board's first report", "x")) == {"harbour", "board"}


def test_the_named_statement_is_the_nearest_earlier_one_by_another_speaker_or_its_owner() -> None:
    army = view("s1", "the dam was breached by explosives", "army", start=0)
    ministry = view("s2", "the dam held until the storm", "ministry", start=50)
    mayor = view("s3", "the army's account", "mayor", "deny", start=100)
    assert referent(view("s4", "that account", "ministry", "deny", start=150), [army, ministry]) is army
    assert referent(view("s5", "that account", "mayor", "deny", start=150), [army, ministry]) is ministry
    assert referent(mayor, [army, ministry]) is army
    assert referent(view("s6", "that account", "mayor", start=0), []) is None


def test_an_allegation_names_the_nearest_accusation_whoever_spoke_since() -> None:
    union = view("s1", "the guards of breaching the dam", "union", "accuse", start=0)
    leader = view("s2", "what happened at the dam was not an accident", "union leader", start=50)
    reply = view("s3", "the allegation", "ministry", "deny", start=100)
    assert referent(reply, [union, leader]) is union
    assert referent(view("s4", "the account", "ministry", "deny", start=100), [union, leader]) is leader
    assert referent(view("s5", "the accusations", "ministry", "deny", start=100), [leader]) is leader  # none: the nearest


def test_a_rejection_takes_the_other_side_and_a_confirmation_the_same() -> None:
    assert referred_value("deny", "affirm") == "deny"
    assert referred_value("deny", "deny") == "affirm"
    assert referred_value("affirm", "deny") == "deny"
    assert referred_value("uncertain", "affirm") == "uncertain"
    assert referred_value("deny", "uncertain") is None  # rejecting a doubt says nothing clear


def test_disputing_an_account_denies_what_it_said() -> None:
    idx = StatementIndex(encoder=bag_of_words)
    idx.add(FILLER + [
        view("c1", "the Vellin dam was breached by explosives", "army engineers", start=0),
        view("c2", "that account", "villagers", "deny", start=60, cue="disputed"),
        view("c3", "the engineers' report", "governor", "confirm", start=120, cue="confirmed"),
    ])
    stances = {s.statement: s.value for s in idx.track(DAM)}
    assert stances == {"c1": "affirm", "c2": "deny", "c3": "affirm"}


def test_standing_by_ones_account_names_the_speakers_own() -> None:
    assert keeps_own_account("she stood by her account of the evacuation")
    assert keeps_own_account("it stuck to its earlier version")
    assert keeps_own_account("stands by his claims")
    assert not keeps_own_account("she stood by the river")
    assert not keeps_own_account("they stood by their neighbours")
    assert not keeps_own_account("the council's account was wrong")
    assert keeps_own_account('"I stand by what I said last week: the dam is sound,"')
    assert keeps_own_account("he stood by what he had said")


def test_standing_by_ones_account_keeps_the_side_the_speaker_took_before() -> None:
    idx = StatementIndex(encoder=bag_of_words)
    idx.add(FILLER + [
        view("k1", "the Vellin dam was breached by explosives", "villagers", start=0),
        view("k2", "that the Vellin dam was breached by explosives", "governor", "deny", start=60, cue="denied"),
    ])
    later = [
        StatementView("k3", "later brief", "he stood by his account", "assert", sentence="he stood by his account",
                      actor="governor", actor_name="governor", content_span=(0, 23)),
        StatementView("k4", "later brief", "they stood by their account", "assert", sentence="they stood by their account",
                      actor="mayor", actor_name="mayor", content_span=(40, 67)),
    ]
    idx.add(later)
    stances = {s.statement: s.value for s in idx.track(DAM)}
    assert stances["k3"] == "deny"
    assert "k4" not in stances  # the mayor said nothing on it before


def test_a_plain_assertion_right_after_its_speakers_denial_gives_the_denials_grounds() -> None:
    idx = StatementIndex(encoder=bag_of_words)
    idx.add(FILLER + [
        view("g1", "that the Vellin dam was breached by explosives", "governor", "deny", start=0, cue="denied"),
        view("g2", "the dam gave way after the storm filled the Vellin reservoir", "governor", start=60),
        view("g3", "the dam at Vellin was checked in the spring", "mayor", start=140),
    ])
    stances = {s.statement: s.value for s in idx.track(DAM)}
    assert stances["g1"] == "deny" and stances["g2"] == "deny"
    assert stances.get("g3", "affirm") == "affirm"  # another speaker's assertion is its own
