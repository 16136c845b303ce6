"""Open questions ("we cannot say who built them") as want of evidence for the answer."""

from __future__ import annotations

from rashomon.claims import Proposition, StatementIndex
from rashomon.claims.concepts import build_profile
from rashomon.claims.questions import answers, open_question

from test_claims_tracking import FILLER, bag_of_words, st

ORIGIN = "The drones that struck Pellow were Kavran-7 drones shipped from Ostmark"
STRIKE = "Drones struck Pellow"


def test_an_open_question_is_found_with_the_actions_it_asks_about() -> None:
    question = open_question("The wreck is a drone, no question. What the inspectors cannot tell us yet is who built it.")
    assert question is not None and "manufacture" in question.actions
    assert "who built" not in question.outside and "The wreck is a drone" in question.outside
    assert open_question("the inspectors said who built the drone") is None
    assert open_question("we do not know the time of the strike") is None


def test_the_proposition_naming_the_origin_answers_who_made_it() -> None:
    text = "the inspectors could not yet say who had built the drones they recovered"
    question = open_question(text)
    assert question is not None
    assert answers(question, build_profile(ORIGIN), text)
    # The strike is what the question takes as given, not what it asks.
    assert not answers(question, build_profile(STRIKE), text)


def test_a_question_about_another_action_is_not_answered() -> None:
    text = "officials do not know who launched the drones"
    question = open_question(text)
    assert question is not None and not answers(question, build_profile(ORIGIN), text)


def test_a_question_the_statement_answers_itself_is_not_open_for_the_proposition() -> None:
    text = "it is unclear who built the drones, though they came from Ostmark"
    question = open_question(text)
    assert question is not None and not answers(question, build_profile(ORIGIN), text)


def test_tracking_reads_an_open_question_as_no_evidence_on_the_answer_only() -> None:
    index = StatementIndex(encoder=bag_of_words)
    index.add(
        FILLER
        + [
            st("q1", "the inspectors could not yet say who had built the drones they recovered", "inspectors"),
            st("a1", "drones struck Pellow at dawn", "residents"),
            st("a2", "the drones were Kavran-7 drones shipped from Ostmark", "monitors"),
        ]
    )
    origin, strike = Proposition("origin", ORIGIN), Proposition("strike", STRIKE)
    index.set_tracked([origin, strike])
    stances = index.track_all()
    assert {s.statement: s.value for s in stances["origin"]}.get("q1") == "no_evidence"
    assert "q1" not in {s.statement for s in stances["strike"]}


def test_an_unclear_maker_is_no_doubt_about_the_strike() -> None:
    index = StatementIndex(encoder=bag_of_words)
    index.add(FILLER + [st("u1", "it is unclear who built the drones that struck Pellow", "monitors")])
    strike = Proposition("strike", STRIKE)
    index.set_tracked([strike])
    assert "u1" not in {s.statement for s in index.track_all()["strike"]}
