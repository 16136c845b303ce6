"""Tracking propositions over a statement index, incrementally.

A hashed bag-of-words encoder stands in for the sentence model so these
tests run in milliseconds; one slow test runs the real model.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np
import pytest

from rashomon.claims import Proposition, StatementIndex, StatementView, apply_overrides, discover, encode_statements
from rashomon.claims.lexicon import content_terms


def bag_of_words(texts: Sequence[str]) -> np.ndarray:
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for row, text in enumerate(texts):
        for term in content_terms(text):
            out[row, zlib.crc32(term.encode()) % 384] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-9)


def st(id: str, content: str, actor: str, cue_class: str = "assert", document: str | None = None, **kw: object) -> StatementView:
    return StatementView(id, document or f"doc-{id}", content, cue_class, sentence=content, actor=actor, **kw)  # type: ignore[arg-type]


FILLER = [
    st("f1", "the harvest festival drew large crowds to the square", "a9"),
    st("f2", "grain prices rose sharply over the winter months", "a8"),
    st("f3", "the school choir will perform at the town hall", "a7"),
    st("f4", "a new ferry timetable starts in the spring", "a6"),
]
DAM = Proposition("dam", "The Vellin dam was breached by explosives")
MILL = Proposition("mill", "The Osk paper mill dumped dye into the canal")


@pytest.fixture
def index() -> StatementIndex:
    idx = StatementIndex(encoder=bag_of_words)
    idx.add(
        FILLER
        + [
            st("s1", "the Vellin dam was breached by explosives", "engineers"),
            st("s2", "the Vellin dam was breached by explosives", "army", "deny"),
            st("s3", "explosives never breached the Vellin dam", "ministry"),
            st("s4", "the Osk paper mill dumped dye into the canal", "fishers"),
        ]
    )
    return idx


def test_track_scores_only_statements_that_bear_on_the_proposition(index: StatementIndex) -> None:
    stances = {s.statement: s.value for s in index.track(DAM)}
    assert stances == {"s1": "affirm", "s2": "deny", "s3": "deny"}


def test_update_scores_new_statements_only(index: StatementIndex) -> None:
    index.set_tracked([DAM, MILL])
    before = index.track_all()
    assert {s.statement for s in before["mill"]} == {"s4"}
    index.add([st("s5", "the paper mill at Osk never dumped dye into the canal", "mill owner")])
    updated = index.update(["s5"])
    assert [(s.statement, s.proposition, s.value) for s in updated] == [("s5", "mill", "deny")]


def test_retraction_by_an_office_counts_when_its_principal_spoke(index: StatementIndex) -> None:
    index.add(
        [
            st("m1", "the Vellin dam was breached by explosives", "mayor", said_on=None),
            st("m2", "she had been misinformed about the dam", "mayor office", actor_affiliation="mayor"),
            st("m3", "he had been misinformed about the dam", "stranger"),
        ]
    )
    stances = {s.statement: s.value for s in index.track(DAM)}
    assert stances["m2"] == "retract"
    assert "m3" not in stances  # nobody it speaks for said anything on the dam


def test_statements_go_to_the_nearest_tracked_proposition(index: StatementIndex) -> None:
    index.set_tracked([DAM, MILL])
    stances = index.track_all()
    assert "s4" not in {s.statement for s in stances["dam"]}
    assert "s1" not in {s.statement for s in stances["mill"]}


def test_overrides_set_and_remove_stances(index: StatementIndex) -> None:
    stances = index.track(DAM)
    corrected = apply_overrides(stances, {("s2", "dam"): "affirm", ("s3", "dam"): None, ("f1", "dam"): "uncertain"})
    values = {s.statement: (s.value, s.overridden) for s in corrected}
    assert values["s2"] == ("affirm", True)
    assert "s3" not in values
    assert values["f1"] == ("uncertain", True)
    assert values["s1"] == ("affirm", False)


def test_replacing_a_statement_keeps_one_row(index: StatementIndex) -> None:
    size = len(index)
    index.add([st("s1", "the Vellin dam was not breached by explosives", "engineers")])
    assert len(index) == size
    assert {s.statement: s.value for s in index.track(DAM)}["s1"] == "deny"


def test_discover_groups_documents_saying_the_same_thing() -> None:
    statements = FILLER + [
        st("d1", "the Vellin dam was breached by explosives", "a", document="x"),
        st("d2", "the Vellin dam was not breached by explosives", "b", document="y"),
        st("d3", "explosives breached the Vellin dam overnight", "c", document="z"),
        st("d4", "the Vellin dam was breached by explosives", "a", document="x-copy", duplicate_of="x"),
    ]
    found = discover(statements, *encode_statements(statements, bag_of_words), threshold=0.6)
    assert len(found) == 1
    assert set(found[0].statements) == {"d1", "d2", "d3", "d4"}
    assert found[0].text == "The Vellin dam was breached by explosives."


def test_discover_words_a_proposition_from_what_was_said_not_from_a_silence() -> None:
    statements = FILLER + [
        st("c1", "the Vellin dam was breached by explosives on Monday", "a", document="x", cue="has not confirmed"),
        st("c2", "the Vellin dam was breached by explosives", "b", document="y"),
    ]
    found = discover(statements, *encode_statements(statements, bag_of_words), threshold=0.6)
    assert [d.text for d in found] == ["The Vellin dam was breached by explosives."]


@pytest.mark.slow
def test_real_model_tracks_a_paraphrase() -> None:
    index = StatementIndex()
    index.add(
        FILLER
        + [
            st("r1", "saboteurs blew a hole in the Vellin dam with explosive charges", "police"),
            st("r2", "the dam at Vellin failed because of old age, not sabotage", "engineers"),
        ]
    )
    stances = {s.statement for s in index.track(DAM)}
    assert "r1" in stances
    assert not stances & {"f1", "f2", "f3", "f4"}


def test_no_comment_goes_to_the_proposition_its_speaker_spoke_on(index: StatementIndex) -> None:
    index.add(
        [
            st("o1", "the Osk paper mill never dumped dye into the canal", "mill owner"),
            st("o2", "he had nothing to add", "mill owner"),
        ]
    )
    index.set_tracked([DAM, MILL])
    stances = index.track_all()
    assert ("o2", "uncertain") in {(s.statement, s.value) for s in stances["mill"]}
    assert "o2" not in {s.statement for s in stances["dam"]}


def test_discover_drops_clusters_that_only_make_sense_in_their_article() -> None:
    statements = FILLER + [
        st("h1", "he had been misinformed about the flood", "a", document="x"),
        st("h2", "he had been misinformed about the flood", "b", document="y"),
        st("n1", "no rockets were ever fired at the granary", "c", "deny", document="z"),
        st("n2", "any rockets were ever fired at the granary", "d", "deny", document="w"),
    ]
    found = discover(statements, *encode_statements(statements, bag_of_words), threshold=0.6)
    assert [d.text for d in found] == ["Rockets were fired at the granary."]


def test_discover_reads_a_pronoun_after_that_and_words_without_the_reports_own_words() -> None:
    statements = FILLER + [
        st("p1", "that he had blown up the Vellin dam with charges", "a", document="x"),
        st("p2", "that he had blown up the Vellin dam with charges", "b", document="y"),
        st("q1", "the miners reportedly flooded the Osk pit and that the pumps failed", "c", document="z", cue="reportedly"),
        st("q2", "the miners reportedly flooded the Osk pit and that the pumps failed", "d", document="w", cue="reportedly"),
    ]
    found = discover(statements, *encode_statements(statements, bag_of_words), threshold=0.9)
    assert [d.text for d in found] == ["The miners flooded the Osk pit and the pumps failed."]


def test_a_marked_reply_inherits_the_subject_of_its_speakers_passage(index: StatementIndex) -> None:
    """"The photos prove nothing" shares no word with the proposition, but
    its speaker's other statement in the same article is on it."""
    index.add([
        st("p1", "no explosives breached the Vellin dam", "ministry", document="brief"),
        st("p2", "the photographs prove nothing", "ministry", document="brief"),
        st("p3", "the photographs were taken at dawn", "ministry", document="brief"),
    ])
    stances = {s.statement: s.value for s in index.track(DAM)}
    assert stances["p2"] == "deny"
    assert "p3" not in stances  # an unmarked assertion may be a new subject


def test_a_statement_inherits_the_passage_subject_it_is_itself_nearest(index: StatementIndex) -> None:
    """The ministry's passage speaks of both propositions, the dam most
    strongly; "no information about the paper" bears on neither by its own
    words, but is nearer the mill, which the passage also spoke of."""
    index.set_tracked([DAM, MILL])
    index.add([
        st("b1", "the Vellin dam was not breached by explosives", "ministry", document="brief"),
        st("b2", "the mill dumped no dye", "ministry", document="brief"),
        st("b3", "it had no information about the paper they used", "ministry", document="brief"),
    ])
    found = {(s.statement, s.proposition): s.value for group in index.track_all().values() for s in group}
    assert found[("b3", "mill")] == "no_evidence"
    assert ("b3", "dam") not in found


def test_a_retraction_goes_to_the_one_proposition_it_takes_back(index: StatementIndex) -> None:
    index.set_tracked([DAM, MILL])
    index.add([st("r1", "he was misinformed when he said explosives breached the Vellin dam by the Osk paper mill canal", "engineers")])
    stances = [s for group in index.track_all().values() for s in group if s.statement == "r1"]
    assert [(s.proposition, s.value) for s in stances] == [("dam", "retract")]


def test_words_of_a_nested_statement_do_not_set_the_outer_direction() -> None:
    """"I told you then that we had no evidence. Today I show it": the
    "no evidence" belongs to the earlier, nested statement."""
    text = "Two months ago I told you that we had no evidence that explosives breached the Vellin dam. Today I am showing it"
    inner = "we had no evidence that explosives breached the Vellin dam"
    start = text.index(inner)
    idx = StatementIndex(encoder=bag_of_words)
    idx.add(FILLER + [
        st("outer", text, "mayor", document="d", content_span=(0, len(text))),
        st("inner", inner, "mayor", document="d", content_span=(start, start + len(inner))),
    ])
    stances = {s.statement: s.value for s in idx.track(DAM)}
    assert stances == {"outer": "affirm", "inner": "no_evidence"}


def test_a_negated_cue_takes_no_position_and_leaves_its_words_to_the_outer_statement() -> None:
    """"The mayor said the police have not said whether explosives breached
    the Vellin dam": the police take no position; the mayor's words are whole."""
    text = "the police have not said whether explosives breached the Vellin dam"
    inner = "whether explosives breached the Vellin dam"
    start = text.index(inner)
    idx = StatementIndex(encoder=bag_of_words)
    idx.add(FILLER + [
        st("outer", text, "mayor", document="d", content_span=(0, len(text))),
        st("inner", inner, "police", document="d", content_span=(start, start + len(inner)), cue="have not said"),
    ])
    assert idx.own[idx.position["outer"]].content == text
    assert "inner" not in {s.statement for s in idx.track(DAM)}


def test_civilian_casualties_do_not_deny_a_military_presence() -> None:
    idx = StatementIndex(encoder=bag_of_words)
    idx.add(
        FILLER
        + [
            st("c1", "any civilian casualties at the Brask depot were the fault of the rebels", "army"),
            st("c2", "only civilians were sheltering at the Brask depot when it was shelled", "villagers"),
            st("c3", "soldiers were stationed at the Brask depot", "monitors"),
        ]
    )
    stances = {s.statement: s.value for s in idx.track(Proposition("depot", "There were soldiers at the Brask depot when it was shelled"))}
    assert stances.get("c2") == "deny" and stances.get("c3") == "affirm"
    assert stances.get("c1") != "deny"


def test_a_doubt_about_evidence_goes_to_the_proposition_it_is_cited_for(index: StatementIndex) -> None:
    """Two speakers cite water samples for the mill's dumping; the mill's
    owner, who spoke of both propositions, doubts the samples: that bears on
    the mill. A doubt about what nobody cited goes where its speaker's
    statements bear most, as any marked reply."""
    index.set_tracked([DAM, MILL])
    index.add([
        st("e1", "water samples showed that the Osk paper mill dumped dye into the canal", "fishers", document="river"),
        st("e2", "our samples prove the Osk paper mill dumped dye into the canal", "chemists", document="lab"),
        st("o1", "the Vellin dam was not breached by explosives", "millco", document="statement"),
        st("o2", "the mill dumped no dye", "millco", document="statement"),
        st("o3", "the water samples could have been contaminated", "millco", document="interview"),
        st("o4", "the satellite images could have been doctored", "millco", document="interview"),
    ])
    found = {(s.statement, s.proposition): s.value for group in index.track_all().values() for s in group}
    assert found[("o3", "mill")] == "uncertain"
    assert ("o3", "dam") not in found
    assert found[("o4", "dam")] == "uncertain"  # the speaker's nearest subject, not the samples'
    assert ("o4", "mill") not in found


def test_only_a_denial_of_what_the_proposition_speaks_of_inherits_its_subject(index: StatementIndex) -> None:
    index.add([
        st("q1", "no explosives breached the Vellin dam", "ministry", document="brief"),
        st("q2", "nothing was breached", "ministry", document="brief"),
        st("q3", "the patrol boats carried no flags", "ministry", document="brief"),
    ])
    stances = {s.statement: s.value for s in index.track(DAM)}
    assert stances["q2"] == "deny"
    assert "q3" not in stances  # a negation about other things


def test_what_one_speaker_cites_is_not_yet_the_cases_evidence(index: StatementIndex) -> None:
    index.set_tracked([DAM, MILL])
    index.add([
        st("e1", "water samples showed that the Osk paper mill dumped dye into the canal", "fishers", document="river"),
        st("o1", "the Vellin dam was not breached by explosives", "millco", document="statement"),
        st("o2", "the mill dumped no dye", "millco", document="statement"),
    ])
    index.track_all()
    assert {(s.statement, s.proposition) for s in index.update(["o1"])} >= {("o1", "dam")}
    index.add([st("o3", "the water samples could have been contaminated", "millco", document="interview")])
    assert [(s.proposition, s.value) for s in index.update(["o3"])] == [("dam", "uncertain")]
    index.add([st("e2", "our samples prove the Osk paper mill dumped dye into the canal", "chemists", document="lab")])
    index.update(["e2"])  # a second speaker cites the samples
    assert [(s.proposition, s.value) for s in index.update(["o3"])] == [("mill", "uncertain")]


def test_a_promise_or_plan_takes_no_position_on_what_happened(index: StatementIndex) -> None:
    index.add([
        st("w1", "the army will help the engineers who inspect the Vellin dam", "army"),
        st("w2", "the board would review the explosives found at the Vellin dam", "board"),
        st("w3", "to find whoever breached the Vellin dam", "mayor", "promise"),
        st("w4", "explosives would have breached the Vellin dam", "engineers"),
    ])
    stances = {s.statement: s.value for s in index.track(DAM)}
    assert not {"w1", "w2", "w3"} & stances.keys()
    assert stances["w4"] == "affirm"  # "would have" looks back


def test_a_proposition_about_the_future_keeps_its_forecasts(index: StatementIndex) -> None:
    index.add([st("w5", "the army will rebuild the Vellin dam by spring", "army")])
    stances = {s.statement: s.value for s in index.track(Proposition("rebuild", "The army will rebuild the Vellin dam"))}
    assert stances["w5"] == "affirm"


def test_a_request_does_not_inherit_its_passages_subject(index: StatementIndex) -> None:
    index.add([
        st("r1", "no explosives breached the Vellin dam", "ministry", document="memo"),
        st("r2", "the engineers to send their photographs to the inquiry", "ministry", "question", document="memo"),
        st("r3", "to see the photographs first", "ministry", "want", document="memo"),
        st("r4", "whether the photographs were recent", "ministry", "question", document="memo"),
    ])
    stances = {s.statement: s.value for s in index.track(DAM)}
    assert stances["r4"] == "uncertain"  # a question keeps to its passage's subject
    assert not {"r2", "r3"} & stances.keys()


def test_a_question_put_to_whoever_answers_it_takes_no_position(index: StatementIndex) -> None:
    sentence = "Asked whether explosives breached the Vellin dam, the minister said the inquiry would decide."
    prompt = StatementView("a1", "doc-a", "whether explosives breached the Vellin dam", "question", sentence=sentence, cue="Asked")
    asked = StatementView(
        "a2", "doc-b", "whether explosives breached the Vellin dam", "question",
        sentence="Engineers asked whether explosives breached the Vellin dam.", cue="asked", actor="engineers",
    )
    index.add([prompt, asked])
    stances = {s.statement: s.value for s in index.track(DAM)}
    assert "a1" not in stances  # the reporter's way to the answer
    assert stances["a2"] == "uncertain"  # a speaker's own question leaves it open


def test_a_concept_both_object_and_verb_stays_in_the_core() -> None:
    # "fired shots": the attack is the verb and its object; as the object it is an
    # argument, so a statement of the shots that names no soldier bears on the claim
    idx = StatementIndex()
    idx.add([
        StatementView("a", "d1", "no shots were fired at the crossing", sentence="", actor="minister"),
        StatementView("b", "d2", "the lorries waited nine hours", sentence="", actor="agency"),
    ])
    proposition = Proposition("shots", "Soldiers fired shots at the convoy")
    core = {c["concept"] for c in idx.profile(proposition) if c["core"]}
    assert "attack" in core
    stances = {s.statement: s.value for s in idx.track(proposition)}
    assert stances.get("a") == "deny" and "b" not in stances


def test_a_stop_word_that_names_a_thing_is_part_of_the_claim() -> None:
    # spaCy stops "well" for "as well"; here it is the water well the claim is about
    idx = StatementIndex()
    idx.add([
        StatementView("a", "d1", "the well had been tested in May and was perfectly safe", sentence="", actor="board"),
        StatementView("b", "d2", "the harvest was late as well", sentence="", actor="farmer"),
    ])
    proposition = Proposition("well", "The well at Osk was contaminated")
    assert "well" in {c["concept"] for c in idx.profile(proposition) if c["core"]}
    stances = {s.statement: s.value for s in idx.track(proposition)}
    assert stances.get("a") == "deny" and "b" not in stances


def test_discover_words_a_named_statement_as_what_it_said() -> None:
    """"contradicting the company's statement that the dam was safe": the
    proposition is what the statement said, not the statement."""
    statements = FILLER + [
        st("n1", "the board's statement that the Vellin dam was safe", "a", "deny", document="x"),
        st("n2", "the Vellin dam was not safe", "b", document="y"),
    ]
    found = discover(statements, *encode_statements(statements, bag_of_words), threshold=0.5)
    assert [d.text for d in found] == ["The Vellin dam was safe."]


def test_discover_words_denials_without_a_pronoun_and_sorts_who_says_what() -> None:
    """"denied that any of its barges had entered the canal" leaves "its
    barges", whose owner only the article knows: a member worded "no barges
    had entered ..." words the claim, and every denial says it too."""
    statements = FILLER + [
        st("b1", "that any of its barges had entered the Osk canal on Monday", "a", "deny", document="x"),
        st("b2", "that no barges had entered the Osk canal on Monday", "b", "confirm", document="y"),
        st("b3", "that any of its barges had entered the Osk canal", "a", "deny", document="z"),
        st("b4", "barges had entered the Osk canal on Monday", "c", document="w"),
    ]
    found = discover(statements, *encode_statements(statements, bag_of_words), threshold=0.6)
    assert [d.text for d in found] == ["Barges had entered the Osk canal on Monday."]
    assert (found[0].saying, sorted(found[0].denying)) == (["b4"], ["b1", "b2", "b3"])
    without_the_plain_one = discover(statements[:-1], *encode_statements(statements[:-1], bag_of_words), threshold=0.6)
    assert [d.text for d in without_the_plain_one] == ["No barges had entered the Osk canal on Monday."]
    assert sorted(without_the_plain_one[0].saying) == ["b1", "b2", "b3"]


def test_a_claim_about_timing_is_borne_only_by_statements_about_timing() -> None:
    late = Proposition("late", "Harl Freight reported the breach late")
    idx = StatementIndex(encoder=bag_of_words)
    idx.add(FILLER + [
        st("found", "Harl Freight found the breach on its servers", "harl"),
        st("denied", "Harl Freight denied that it had reported the breach late", "harl", "deny"),
        st("longer", "the law gives a firm three days, and Harl Freight took longer than that", "regulator"),
        st("prompt", "Harl Freight reported the breach promptly", "harl"),
    ])
    stances = {s.statement: s.value for s in idx.track(late)}
    assert stances == {"denied": "deny", "longer": "affirm", "prompt": "deny"}


def test_a_retraction_goes_to_the_proposition_its_words_name_if_barely_relevant() -> None:
    """The company spoke mostly of the roadworks; its director's "I was
    wrong to say the bridge had been inspected" takes back the inspection."""
    inspected = Proposition("insp", "The Ostra bridge passed a safety inspection in March")
    roadworks = Proposition("road", "Vibrations from roadworks weakened the Ostra bridge")
    idx = StatementIndex(encoder=bag_of_words)
    idx.add(FILLER + [
        st("c1", "vibrations from roadworks weakened the Ostra bridge", "firm"),
        st("c2", "the Ostra bridge passed a safety inspection", "firm"),
        st("d1", "I was wrong to say it had been inspected, I had been given the wrong information", "director",
           actor_affiliation="firm"),
    ])
    idx.set_tracked([inspected, roadworks])
    found = {(s.statement, s.proposition): s.value for group in idx.track_all().values() for s in group}
    assert found.get(("d1", "insp")) == "retract" and ("d1", "road") not in found


def test_discover_words_a_quote_of_two_sentences_by_its_first_and_leaves_the_off_topic_on_no_side() -> None:
    statements = FILLER + [
        st("q1", '"The Ostra bridge was inspected in March and found to be safe," "Nobody ever told us about cracks."',
           "firm", document="x"),
        st("q2", "the Ostra bridge was inspected in March and found to be safe", "owner", document="y"),
        st("q3", "it had received a complaint about cracks in the Ostra bridge in May", "office", document="z"),
    ]
    found = discover(statements, *encode_statements(statements, bag_of_words), threshold=0.3)
    claim = next(d for d in found if "q1" in d.statements)
    assert claim.text == "The Ostra bridge was inspected in March and found to be safe."
    assert "q3" in claim.statements and "q3" not in claim.saying + claim.denying


def test_what_others_told_the_speaker_is_passed_on_as_so() -> None:
    """"Klint said inspectors had told him that the curve had not been
    checked": his own words deny that it was; a denial he reports is not his."""
    def nest(outer_id: str, outer: str, actor: str, inner_id: str, inner_at: str, inner_actor: str, inner_cue: str) -> list[StatementView]:
        start = outer.index(inner_at)
        return [st(outer_id, outer, actor, content_span=(0, len(outer)), document=f"doc-{outer_id}"),
                st(inner_id, outer[start:], inner_actor, inner_cue, content_span=(start, len(outer)), document=f"doc-{outer_id}")]

    checked = Proposition("chk", "The Ostra curve was checked in August")
    idx = StatementIndex(encoder=bag_of_words)
    idx.add(FILLER
            + nest("k1", "inspectors had told him that the Ostra curve had not been checked in August", "klint",
                   "k2", "that the Ostra", "inspectors", "assert")
            + nest("m1", "the firm denied that the Ostra curve had been checked in August", "mayor",
                   "m2", "that the Ostra", "firm", "deny"))
    stances = {s.statement: s.value for s in idx.track(checked)}
    assert stances["k1"] == "deny" and stances["k2"] == "deny"
    assert stances.get("m1") != "deny" and stances["m2"] == "deny"  # the mayor reports a denial: the words are the firm's
