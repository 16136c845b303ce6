"""Reporting nouns with an infinitive owned through a voicing verb, with a
clause that has no "that" or opens with "for", and support a subject enjoys."""

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Ana Ruiz made the decision to close the harbour office in Marlow.", "decision",
         "to close the harbour office in Marlow", "Ana Ruiz"),
        ("The harbour board of Orlen delivered a promise to rebuild the old pier.", "promise",
         "to rebuild the old pier", "The harbour board of Orlen"),
        ("Olam Trest issued a plan to widen the coast road before winter.", "plan",
         "to widen the coast road before winter", "Olam Trest"),
    ],
)
def test_a_voiced_reporting_noun_takes_its_infinitive(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("As the fair opens in Marlow, there are fears the crowds will be a burden for the small town.", "fears",
         "the crowds will be a burden for the small town"),
        ("The leaflet renews accusations Olam Trest had hidden the harbour funds.", "accusations",
         "Olam Trest had hidden the harbour funds"),
    ],
)
def test_a_whole_clause_without_that_is_the_nouns_content(nlp: Language, text: str, cue: str, content: str) -> None:
    assert [found for found, _ in statements(nlp(text), cue)] == [content]


def test_a_relative_clause_missing_its_object_is_not_content(nlp: Language) -> None:
    # "made" lacks its object: the clause tells which claims, not what they say
    assert statements(nlp("The claims Olam Trest made about the pier were false."), "claims") == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The harbour levy enjoys strong support among fishermen in Marlow.", "enjoys strong support",
         "The harbour levy", "fishermen in Marlow"),
        ("Ana Ruiz enjoyed the backing of the harbour board of Orlen.", "enjoyed the backing",
         "Ana Ruiz", "the harbour board of Orlen"),
    ],
)
def test_support_enjoyed_is_support_for_the_subject(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_a_call_for_a_clause_the_parser_marks_with_for(nlp: Language) -> None:
    doc = nlp("Ana Ruiz opened with a call for the harbour board to embrace the new levy.")
    assert statements(doc, "call for") == [("the harbour board to embrace the new levy", "Ana Ruiz")]
    doc = nlp("The mayor renewed her calls for the board to resign.")
    assert [content for content, _ in statements(doc, "calls for")] == ["the board to resign"]
