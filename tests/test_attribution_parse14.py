"""Parse repairs for in-lexicon verb cues whose frame the parser hides
(fictional sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import fallback
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_speaker_before_a_bracketed_aside(nlp: Language) -> None:
    # the parser hangs the name on the aside, leaving "says" with no subject
    doc = nlp(
        "Few mayors would ever admit this, but Sen. Dana Verho (a Velden councillor so young she has been "
        "mistaken for an intern) says she was lost, a bit adrift, in the weeks after being elected."
    )
    assert ("she was lost, a bit adrift, in the weeks after being elected",
            "Sen. Dana Verho (a Velden councillor so young she has been mistaken for an intern)") in statements(doc, "says")


def test_bracket_before(nlp: Language) -> None:
    doc = nlp("Rep. Ana Dorn (D-Velden) says the levy stays.")
    says = next(t for t in doc if t.text == "says")
    assert doc[fallback.bracket_before(doc, says.i, 0)].text == "("
    assert fallback.bracket_before(doc, 3, 0) == 3  # no aside before "(": the end itself


def test_clause_subject_read_as_a_second_subject(nlp: Language) -> None:
    # "file" read as a noun: "families" becomes a second subject of "said"
    doc = nlp("When the host pointed out that Ana had not answered, the candidate said families of people hurt by police file lawsuits.")
    said = next(t for t in doc if t.text == "said")
    assert [t.text for t in fallback.second_subject(said)] == ["families"]
    assert ("families of people hurt by police file lawsuits", "the candidate") in statements(doc, "said")


def test_clause_closed_by_its_own_colon_is_a_neighbour(nlp: Language) -> None:
    # the parse hangs the sentence before the colon (colon included) on "say"
    doc = nlp("Residents have reached a verdict on a plan that divides the council: by a wide margin, they say the harbour should stay public.")
    assert statements(doc, "say") == [("the harbour should stay public", "they")]


def test_closing_report_read_as_a_that_clause(nlp: Language) -> None:
    # the parse makes ", she said" the that-clause of "finds"
    doc = nlp("The old mill closed when she was a girl, and she finds that in farm work, she said.")
    assert statements(doc, "said") == [("The old mill closed when she was a girl, and she finds that in farm work", "she")]


def test_bare_question_word_after_the_cue(nlp: Language) -> None:
    doc = nlp("Verho said the mill would reopen, but she did not say when.")
    assert ("when", "she") in statements(doc, "did not say")
