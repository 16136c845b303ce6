"""Belief and perception cues whose frame the parse hides: an inquiry that
finds something, "as" complements the parser hung elsewhere, agents inside a
"with" phrase, bare passives of knowing, and states one feels in."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_nouns import statements

pytestmark = pytest.mark.slow


def test_an_inquiry_states_what_it_found(nlp: Language) -> None:
    assert ("found", "no trace of the missing funds", "The inquiry") in statements(nlp, "The inquiry found no trace of the missing funds.")


def test_a_person_finding_a_thing_states_nothing(nlp: Language) -> None:
    assert statements(nlp, "The mayor found a buyer for the old market hall.") == []


def test_a_search_that_came_up_empty_is_a_finding_whoever_searched(nlp: Language) -> None:
    """absence_nouns.txt: "no evidence", "no trace", "no record" under a report verb."""
    assert ("found", "no evidence of a bird strike", "Investigators") in statements(nlp, "Investigators found no evidence of a bird strike.")
    assert ("found", "no record of any such warning", "We") in statements(nlp, "We have found no record of any such warning.")


def test_as_complement_read_as_a_clause_completes_the_object(nlp: Language) -> None:
    text = "Orla Venn sees the levy on ferry tickets as outdated."
    assert ("sees", "the levy on ferry tickets as outdated", "Orla Venn") in statements(nlp, text)


def test_as_phrase_after_the_agent_is_what_the_subject_is_taken_for(nlp: Language) -> None:
    text = "The new timetable was seen by the crews as a snub to the island."
    assert ("seen", "The new timetable was seen by the crews as a snub to the island", "the crews") in statements(nlp, text)


def test_as_phrase_after_a_participle_agent(nlp: Language) -> None:
    text = "The levy, a step seen by planners as a lifeline for the island, was dropped."
    assert ("seen", "a step seen by planners as a lifeline for the island", "planners") in statements(nlp, text)


def test_such_as_after_the_agent_is_an_example_not_a_view(nlp: Language) -> None:
    found = statements(nlp, "The new tolls were echoed by papers, such as the Courier.")
    assert [content for cue, content, _ in found if cue == "echoed"] == ["The new tolls"]


def test_agent_inside_a_with_phrase(nlp: Language) -> None:
    text = "Both pier owners are viewed with deep distrust by the guild."
    assert ("viewed", "Both pier owners are viewed with deep distrust", "the guild") in statements(nlp, text)


def test_bare_passive_of_knowing_is_a_statement_without_a_source(nlp: Language) -> None:
    text = "The ferry timetable was not yet known when the storm hit."
    assert ("was not yet known", "The ferry timetable", None) in statements(nlp, text)


def test_a_sighting_is_no_statement(nlp: Language) -> None:
    assert statements(nlp, "The boat was seen near the pier.") == []


def test_a_state_one_feels_in_is_a_statement(nlp: Language) -> None:
    text = "Dock crews felt betrayed when the yard closed."
    assert ("felt", "betrayed when the yard closed", "Dock crews") in statements(nlp, text)


def test_a_look_with_a_participle_is_no_feeling(nlp: Language) -> None:
    assert statements(nlp, "The harbour team looks primed for a fourth title.") == []
