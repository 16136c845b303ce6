"""Proposition profiles: concepts, their expansion (lexicon, the case's own
links, the actor registry, the user) and what relevance and direction make
of them. All sentences are fictional."""

from __future__ import annotations

from rashomon.claims import ActorInfo, Proposition, StatementIndex, StatementView
from rashomon.claims.concepts import build_profile, core_concepts
from rashomon.claims.glossary import Link, links_in_text, registry_links
from rashomon.claims.lexicon import stem

from test_claims_tracking import FILLER, bag_of_words, st


def concept(profile, label):  # noqa: ANN001, ANN201
    return next(c for c in profile.concepts if c.label == label)


def words(concept_) -> set[str]:  # noqa: ANN001
    return {t.text for t in concept_.terms}


def stems(c) -> set[str]:  # noqa: ANN001
    return {part for term in c.terms for part in term.stems}


def test_lexicon_groups_expand_a_concept_and_name_its_contrast() -> None:
    profile = build_profile("Landmines were laid along the ridge road.")
    mines = concept(profile, "landmines")
    assert {"anti-personnel mine", "minefield"} <= words(mines)
    targets = concept(build_profile("There were military targets in Pellin."), "military presence")
    assert "command post" in words(targets)
    assert "civilian area" in {t.text for t in targets.contrast}
    # accidents, weather and records, beside war and trade
    ferry = build_profile("Bad weather caused the Arden to capsize.")
    # "sank" is a form of "sinking" (irregular_forms.tsv): one term stands for both
    assert "squall" in words(concept(ferry, "severe weather")) and stem("sank") in stems(concept(ferry, "sinking"))
    assert "flat calm" in {t.text for t in concept(ferry, "severe weather").contrast}
    assert "altered" in words(concept(build_profile("The operator falsified the manifest."), "falsified records"))
    # "people on board" are passengers; a passenger manifest stays one thing
    full = build_profile("The Arden was carrying more passengers than its licence allowed.")
    assert "people on board" in words(concept(full, "passengers"))
    assert [c.label for c in build_profile("The operator falsified the passenger manifest.").concepts if c.role == "argument"] == [
        "operator",
        "passenger list",
    ]


def test_a_name_is_also_spoken_of_without_its_prefix() -> None:
    ship = concept(build_profile("Bad weather caused the MV Arden to capsize."), "MV Arden")
    assert {"MV Arden", "Arden"} <= words(ship)
    assert "Corrach" not in words(concept(build_profile("Corrach Ferries sold the Arden."), "Corrach Ferries"))


def test_the_people_a_name_owns_who_did_the_act_are_a_concept() -> None:
    """"Two Brennick engineers warned ...": the firm's engineers, not any
    statement about the firm; a model name still says which thing
    ("Varo-3 drones"), and people in the claim's detail stay out."""
    labels = {c.label for c in build_profile("Two Brennick engineers warned managers before the launch.").concepts}
    assert {"Brennick", "engineers", "managers"} <= labels
    assert "drones" not in {c.label for c in build_profile("Varo-3 drones struck the depot.").concepts}
    assert "residents" not in {c.label for c in build_profile("Smoke from the Brennick plant harmed crops grown by Osta residents.").concepts}


def test_a_noun_in_front_of_the_head_keeps_its_own_word_not_its_group() -> None:
    """"Ballot boxes were stuffed": "ballot" is no vote, election or poll, so
    "it was not an election" speaks of none of the claim's concepts."""
    profile = build_profile("Ballot boxes were stuffed in Ostrel.")
    assert {"Ballot", "boxes"} <= {c.label for c in profile.concepts}
    assert words(concept(profile, "Ballot")) == {"Ballot"}
    assert "vote" not in {c.label for c in profile.concepts}
    assert "vote" in {c.label for c in build_profile("The vote was rigged in Ostrel.").concepts}


def test_places_times_and_the_copulas_subject_are_the_setting() -> None:
    profile = build_profile("Troops were posted in Pellin when the vote was held.")
    roles = {c.label: c.role for c in profile.concepts}
    assert roles["military presence"] == "argument"
    assert roles["Pellin"] == "setting"
    assert roles["vote"] == "setting"
    given = build_profile("The drones downed over Pellin were Varo-3 drones sold by Osta.")
    roles = {c.label: c.role for c in given.concepts}
    assert roles["drones"] == "setting" and roles["Varo-3"] == "argument" and roles["Osta"] == "argument"
    assert core_concepts({c.label: (1.0, c.role) for c in given.concepts}) == ["Varo-3", "Osta"]


def test_the_case_says_what_its_names_are() -> None:
    text = (
        "The Korva-7, a nerve agent stored at the depot, was moved in June.\n"
        "Inspectors found Lenz-2 cluster bombs in the hangar.\n"
        "Dalmar's state-owned Venn Chemicals makes the Korva-7.\n"
        "Dalmar's president Ana Ruiz visited the plant.\n"
        "Inspectors listed blister agents such as Grey Fog."
    )
    links = {(link.member, link.relation) for link in links_in_text(text)}
    assert ("Korva-7", "apposition") in links
    assert ("Lenz-2", "compound") in links
    assert ("Venn Chemicals", "possessive") in links
    assert ("Grey Fog", "such as") in links
    assert not any(member.startswith("Ana") for member, _ in links)  # a role between owner and name: not owned
    # after "was", a verb form or a negation says what the name did or was not, not what it is
    verbs = "The Arden was carrying more passengers than usual. The Arden was licensed in May. The Korva-7 is not a nerve agent."
    assert [link.member for link in links_in_text(verbs) if link.relation == "copula"] == []
    assert [link.whole for link in links_in_text("The Korva-7 was a nerve agent.") if link.relation == "copula"] == ["nerve agent"]
    profile = build_profile("Chemical weapons were used in Pellin.", links_in_text(text))
    assert "Korva-7" in words(concept(profile, "chemical weapons"))
    assert "Lenz-2" not in words(concept(profile, "chemical weapons"))
    cluster = build_profile("Cluster munitions hit Pellin.", links_in_text(text))
    assert {"Lenz-2", "Lenz"} <= words(concept(cluster, "cluster munitions"))  # the model, and its family less surely


def test_a_name_two_owners_claim_stands_for_neither() -> None:
    links = links_in_text("Dalmar's Ministry of Health spoke first. Later Osta's Ministry of Health replied.")
    profile = build_profile("The vaccines were sold by Dalmar.", links)
    assert "Ministry of Health" not in words(concept(profile, "Dalmar"))


def test_registry_links_organisations_but_not_people() -> None:
    actors = {
        "venn": ActorInfo("venn", "organization", "gov-dalmar", None, "Venn Chemicals", ("Venn",)),
        "ruiz": ActorInfo("ruiz", "person", "gov-dalmar", None, "Ana Ruiz"),
        "gov-dalmar": ActorInfo("gov-dalmar", "state", None, None, "Government of Dalmar", ("the government",)),
    }
    links = registry_links(actors)
    assert {link.member for link in links} == {"Venn Chemicals", "Venn"}
    profile = build_profile("The vaccines were sold by Dalmar.", links)
    assert {"Venn Chemicals", "Venn"} <= words(concept(profile, "Dalmar"))


def test_user_terms_count_for_the_arguments() -> None:
    profile = build_profile("Chemical weapons were used in Pellin.", also=["Grey Fog"])
    assert "Grey Fog" in words(concept(profile, "chemical weapons"))
    assert {t.source for t in concept(profile, "chemical weapons").terms if t.text == "Grey Fog"} == {"user"}


CHEMICAL = Proposition("chem", "Chemical weapons were used in Pellin.")
TARGETS = Proposition("targets", "There were military targets in Pellin when it was shelled.")
SALE = Proposition("sale", "The chemical weapons used in Pellin were Korva-7 shells sold by Dalmar.")


def case_index(*statements: StatementView, texts: dict[str, str] | None = None) -> StatementIndex:
    index = StatementIndex(encoder=bag_of_words)
    index.add([*FILLER, *statements], texts=texts)
    return index


def test_a_statement_that_only_names_a_member_bears_on_the_proposition() -> None:
    index = case_index(
        st("k1", "the Korva-7 had been released over the market", "medic", document="d1"),
        st("k2", "the mayor opened a new library in Pellin", "mayor", document="d2"),
        texts={"d1": "The Korva-7, a nerve agent, was seen over Pellin.", "d2": "The mayor spoke."},
    )
    stances = {s.statement: s.value for s in index.track(CHEMICAL)}
    assert stances == {"k1": "affirm"}


def test_a_definition_in_a_new_document_changes_the_profile() -> None:
    index = case_index(st("k1", "the Korva-7 had been released over the market", "medic", document="d1"))
    assert index.track(CHEMICAL) == []
    index.add([st("k9", "the Korva-7 is a nerve agent", "inspector", document="d9")])
    assert "Korva-7" in {t["text"] for c in index.profile(CHEMICAL) for t in c["terms"]}
    assert {s.statement: s.value for s in index.track_all()["chem"]} == {"k1": "affirm", "k9": "affirm"}


def test_speaking_only_of_what_excludes_a_concept_denies_it() -> None:
    index = case_index(
        st("t1", "the shells fell on a purely civilian area", "mayor"),
        st("t2", "the battery hit a barracks and a command post", "general"),
        st("t3", "there were no soldiers anywhere in the district", "priest"),
    )
    stances = {s.statement: s.value for s in index.track(TARGETS)}
    assert stances == {"t1": "deny", "t2": "affirm", "t3": "deny"}


def test_a_statement_about_another_propositions_action_goes_to_it() -> None:
    index = case_index(
        st("a1", "Dalmar never sold chemical weapons to anyone", "trade office"),
        st("a2", "chemical weapons were used against the village", "medic"),
    )
    index.set_tracked([CHEMICAL, SALE])
    stances = {(s.statement, s.proposition): s.value for group in index.track_all().values() for s in group}
    assert stances == {("a1", "sale"): "deny", ("a2", "chem"): "affirm"}


def test_the_speaker_stands_in_when_the_content_refers_to_it() -> None:
    said = st("m1", "it had never sold Korva-7 shells to Rell", "Dalmar Ministry of Trade", principal_name="Government of Dalmar",
              actor_name="Dalmar Ministry of Trade")
    other = st("m2", "it would study the report carefully", "Dalmar Ministry of Trade", principal_name="Government of Dalmar",
               actor_name="Dalmar Ministry of Trade")
    index = case_index(said, other)
    stances = {s.statement: s.value for s in index.track(SALE)}
    assert stances == {"m1": "deny"}


def test_link_rows_round_trip() -> None:
    link = Link("Venn", "Government of Dalmar", "registry", "Venn -> Government of Dalmar")
    assert Link(*link.as_row()) == link


def test_track_also_adds_the_users_terms_and_rescores(articles, db_path: str) -> None:  # noqa: ANN001
    from rashomon import Case

    with Case(db_path) as case:
        case.ingest([str(articles)])
        first = case.track("Inspectors found a hull crack")
        assert first["also"] == []
        assert {c["concept"] for c in first["profile"]} >= {"Inspectors", "hull crack"}

        def stanced() -> set[str]:
            export = case.export(with_text=True)
            contents = {s["id"]: s["content"] for s in export["statements"]}
            return {contents[s["statement"]] for p in export["propositions"] for s in p["stances"]}

        assert not any("fault" in c for c in stanced())
        again = case.track("Inspectors found a hull crack", ["known fault"])
        assert again["also"] == ["known fault"]
        assert any(t["text"] == "known fault" and t["source"] == "user" for c in again["profile"] for t in c["terms"])
        assert any("fault" in c for c in stanced())
        assert case.propositions()[0]["also"] == ["known fault"]


def test_a_word_that_only_qualifies_another_groups_noun_is_a_qualifier() -> None:
    from rashomon.claims.concepts import qualifiers

    assert qualifiers("any civilian casualties were the fault of the rebels") == {"civilian"}
    assert qualifiers("reports of civilian deaths") == {"civilian"}
    # A term of its own ("civilian area"), a bare noun or a verb before its object is no qualifier.
    assert qualifiers("the shells fell on a civilian area") == frozenset()
    assert qualifiers("the depot held only civilians") == frozenset()
    assert qualifiers("they shelled civilians") == frozenset()


def test_a_count_is_read_against_the_limit_the_case_states() -> None:
    overloaded = Proposition("over", "The MV Arden was carrying more passengers than it was licensed to carry")
    index = case_index(
        st("l1", "the MV Arden was carrying more than 300 people. Her licence allows 250", "coast guard"),
        st("l2", "the Arden carried 212 passengers that night", "operator"),
        st("l3", "the Arden had 290 passengers on board when she sailed", "deckhand"),
        st("l4", "the Arden left the quay with 180 people on board", "harbour master"),
    )
    stances = {s.statement: s.value for s in index.track(overloaded)}
    assert stances == {"l1": "affirm", "l2": "deny", "l3": "affirm", "l4": "deny"}


def test_without_a_stated_limit_a_count_takes_the_cues_direction() -> None:
    overloaded = Proposition("over", "The MV Arden was carrying more passengers than it was licensed to carry")
    index = case_index(st("l2", "the Arden carried 212 passengers that night", "operator"))
    assert {s.statement: s.value for s in index.track(overloaded)} == {"l2": "affirm"}


def test_a_clause_after_a_name_and_comma_is_no_apposition() -> None:
    from rashomon.claims.glossary import links_in_text

    assert links_in_text("According to bank records seen by the Gazette, the payments were made in March.") == []
    assert links_in_text("Police are looking into payments to Daniel Forsythe, the force said on Monday.") == []
    [link] = links_in_text("The Harrow-4C, a cluster rocket that was fired at the town, is made in Selvane.")
    assert (link.member, link.relation) == ("Harrow-4C", "apposition")


def test_a_relative_of_someone_does_not_speak_of_them() -> None:
    """"He never discussed it with me", said by the brother of MP Daniel
    Forsythe, is about the brother; said by Forsythe's spokesman, about Forsythe."""
    from rashomon.claims import StatementView
    from rashomon.claims.tracking import speaker_terms

    def terms(described: str) -> set[str]:
        return speaker_terms(StatementView("s", "d", "he never discussed it with me", speaker_text=described))

    from rashomon.claims.lexicon import content_terms

    [forsythe] = content_terms("Forsythe")
    assert forsythe not in terms("The brother of MP Daniel Forsythe")
    assert forsythe not in terms("Daniel Forsythe's younger sister")
    assert forsythe in terms("A spokeswoman for Daniel Forsythe")


def test_a_peoples_word_says_whose_and_what_it_qualifies_is_a_concept_too() -> None:
    """"An Altesian aircraft": any Altesian statement is not about the
    aircraft; "Harrow-4C rockets" stays the name alone (the name says which)."""
    labels = [c["concept"] for c in build_profile("An Altesian aircraft struck the Drenova market").as_list()]
    assert "Altesian" in labels and "aircraft" in labels
    labels = [c["concept"] for c in build_profile("Harrow-4C rockets hit Tarvik").as_list()]
    assert "Harrow-4C" in labels and "missiles and rockets" not in labels


def test_a_kind_of_thing_speaks_of_the_broader_thing_but_not_the_reverse() -> None:
    cards = concept(build_profile("Card numbers were stolen"), "payment details")
    assert "card number" in words(cards) and "customer data" not in words(cards) and "password" not in words(cards)
    data = concept(build_profile("Customer data was stolen"), "personal data")
    assert {"customer data", "card number", "password"} <= words(data)


def test_doing_a_thing_late_is_a_claim_about_its_timing() -> None:
    profile = build_profile("Quillon reported the breach late")
    late = concept(profile, "delay")
    assert late.required and "took longer" in words(late)
    assert "promptly" in {t.text for t in late.contrast}
    # the stems of every term keep their sense: no "time" of "on time"
    assert ("tim",) not in {t.stems for t in late.contrast}


def test_a_time_phrase_on_a_noun_sets_the_scene() -> None:
    profile = build_profile("Quillon managers were warned about weak passwords before the breach")
    assert concept(profile, "cyber attack").role == "setting"


def test_a_noun_of_an_act_is_spoken_of_by_its_verb() -> None:
    inspection = concept(build_profile("The Ostra bridge passed a safety inspection"), "safety inspection")
    assert ("inspect",) in {t.stems for t in inspection.terms}
    # a short stem would be another word: "notion" is no "not"
    assert {t.stems for t in concept(build_profile("The notion was absurd"), "notion").terms} == {("notion",)}


def test_being_hurt_is_a_casualty() -> None:
    assert "injured" in words(concept(build_profile("No one was hurt in the Dresk fires"), "casualties"))
