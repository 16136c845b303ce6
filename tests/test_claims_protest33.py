"""Stance on a third kind of story, a disputed protest dispersal: its
lexicon (police, rubber rounds, dispersals, orders), a capital that only
opens the proposition, the case's scene left out of its core, a person's
role from the actor registry, possessives and a rejected denial. All
sentences are fictional."""

from __future__ import annotations

from rashomon.claims import ActorInfo, Proposition, StatementView, direction, prepare
from rashomon.claims.concepts import build_profile, core_concepts
from rashomon.claims.glossary import links_in_text, registry_links
from rashomon.claims.lexicon import content_terms, stem


def concept(profile, label):  # noqa: ANN001, ANN201
    return next(c for c in profile.concepts if c.label == label)


def words(concept_) -> set[str]:  # noqa: ANN001
    return {t.text for t in concept_.terms}


def test_public_order_groups_expand_a_protest_proposition() -> None:
    profile = build_profile("Police fired rubber bullets at marchers in Brell Square.")
    assert "rubber round" in words(concept(profile, "less-lethal munitions"))
    # "Police" opens the sentence with a capital and is no name
    assert "riot police" in words(concept(profile, "police"))
    assert "crowd" in words(concept(profile, "protest"))
    attack = concept(build_profile("Marchers attacked the guards."), "attack")
    assert stem("threw") in {part for term in attack.terms for part in term.stems}  # "threw" is "throw"
    ordered = build_profile("The governor ordered the dispersal.")
    assert "crackdown" in words(concept(ordered, "dispersal"))
    assert "instruct" in words(concept(ordered, "order"))


def test_a_concept_both_claimed_and_in_the_scene_stays_an_argument() -> None:
    profile = build_profile("Strikers attacked the police before the police withdrew.")
    police = [c for c in profile.concepts if c.label == "police"]
    assert [c.role for c in police] == ["argument"]


def test_the_case_scene_is_no_core_concept_when_a_rarer_argument_remains() -> None:
    spoken = {"police": (30.0, "argument"), "less-lethal munitions": (6.0, "argument"), "attack": (20.0, "predicate")}
    assert core_concepts(spoken, 60) == ["less-lethal munitions"]
    # a handful of statements says nothing of what the scene is
    assert core_concepts(spoken, 10) == ["police", "less-lethal munitions"]
    # nothing rarer: the arguments stay
    assert core_concepts({"police": (30.0, "argument")}, 60) == ["police"]


def test_a_person_is_a_member_of_the_role_an_alias_gives_them() -> None:
    vask = ActorInfo(
        "Teodor Vask", "person", "Ministry of Order", None, "Teodor Vask",
        ("Home Secretary Teodor Vask", "the home secretary, Teodor Vask", "Mr Vask", "Dr Teodor Vask"),
    )
    links = registry_links({"Teodor Vask": vask})
    assert {(link.member, link.whole) for link in links} == {("Teodor Vask", "home secretary"), ("Vask", "home secretary")}
    profile = build_profile("The home secretary ordered the crackdown.", links)
    assert {"Teodor Vask", "Vask"} <= words(concept(profile, "home secretary"))
    # a role's head says what the person is: a fire chief is no fire
    chief = ActorInfo("Ada Roux", "person", None, None, "Ada Roux", ("Fire Chief Ada Roux",))
    fire = build_profile("A fire destroyed the depot.", registry_links({"Ada Roux": chief}))
    assert "Ada Roux" not in {t.text for c in fire.concepts for t in c.terms}


def test_a_passive_with_its_agent_names_no_whole() -> None:
    links = links_in_text("Harbour Row was cleared by riot police on Friday. Marlow Lane was broken up by the storm.")
    assert not [link for link in links if link.relation == "copula"]


def test_a_possessive_is_its_owner_word() -> None:
    assert {"governor", "offic"} <= content_terms("the order came from the governor\u2019s office")
    assert "governor" in content_terms("the governor's aide")


def test_rejecting_a_denial_affirms() -> None:
    bridge = prepare(Proposition("p", "The Larch bridge was closed to trucks"))
    rejected = StatementView("s", "d", "the council\u2019s denial that the Larch bridge had been closed to trucks as a cover story", "deny")
    assert direction(rejected, bridge) == "affirm"
    repeated = StatementView("s", "d", "her denial that the Larch bridge had been closed to trucks", "assert")
    assert direction(repeated, bridge) == "deny"


def test_the_scene_opens_the_gate_with_the_rest_of_the_claim() -> None:
    from rashomon.claims import StatementIndex

    from test_claims_tracking import FILLER, bag_of_words, st

    scene = [st(f"c{i}", f"police patrolled the {place} on Friday", f"a{i}") for i, place in enumerate(
        ["harbour", "market", "bridge", "station", "park", "museum", "stadium", "library", "river bank", "old town"])]
    other = [st(f"o{i}", f"the {thing} reopened after the holiday", f"b{i}") for i, thing in enumerate(
        ["bakery", "cinema", "post office", "swimming pool", "theatre", "zoo", "gallery", "florist"])]
    idx = StatementIndex(encoder=bag_of_words)
    idx.add(FILLER + scene + other + [
        st("m1", "masked men attacked the police cordon with stones", "ministry"),
        st("m2", "police patrolled the square all evening", "mayor"),
    ])
    stances = {s.statement: s.value for s in idx.track(Proposition("p", "Marchers attacked the police before the police withdrew."))}
    assert stances.get("m1") == "affirm"  # the attack on the police, though no marcher is named
    assert "m2" not in stances  # the police alone are the scene
