"""Phrase cues: a verb followed by the words of a reporting expression
("hinted at", "made no secret of", "played down", "came out against"); what
the last word governs is the statement, and the phrase gives its class."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


def statement(nlp: Language, text: str, cue: str) -> tuple[str, str | None, str]:
    """Content and speaker, as written, and class of the one statement with this cue."""
    [item] = [a for a in extract(nlp(text)) if a.cue == cue]
    speaker = text[item.speaker_span[0] : item.speaker_span[1]] if item.speaker_span else None
    return text[item.content_span[0] : item.content_span[1]], speaker, item.cue_class


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker", "cue_class"),
    [
        # a verb and its preposition
        ("Mayor Ilse Dorn hinted at a new bridge toll.", "hinted at", "a new bridge toll", "Mayor Ilse Dorn", "assert"),
        ("The two candidates sparred over the harbour fund.", "sparred over", "the harbour fund", "The two candidates", "accuse"),
        ("Lomax doubled down on his plan for the ferry.", "doubled down on", "his plan for the ferry", "Lomax", "assert"),
        ("The fishers sounded off on the new quotas.", "sounded off on", "the new quotas", "The fishers", "assert"),
        # words between the verb and the preposition, as written
        ("Dorn made no secret of her doubts about the dam.", "made no secret of", "her doubts about the dam", "Dorn", "admit"),
        ("Councillor Brask made the case for a second ferry.", "made the case for", "a second ferry", "Councillor Brask", "want"),
        ("Three delegates cast their votes for Tveit.", "cast their votes for", "Tveit", "Three delegates", "endorse"),
        ("The senator took some shots at the harbour board.", "took some shots at", "the harbour board", "The senator", "accuse"),
        # a particle and its object
        ("The minister played down the cost of the dam.", "played down", "the cost of the dam", "The minister", "deny"),
        ("Dorn singled out the harbour board.", "singled out", "the harbour board", "Dorn", "accuse"),
        ("Lomax rattled off a list of broken promises.", "rattled off", "a list of broken promises", "Lomax", "assert"),
        # a particle, then a preposition
        ("The union came out against the bridge toll.", "came out against", "the bridge toll", "The union", "oppose"),
        ("Most of the council lined up behind Dorn.", "lined up behind", "Dorn", "Most of the council", "endorse"),
        ("Lomax opened up about the closure of the cannery.", "opened up about", "the closure of the cannery", "Lomax", "assert"),
        # the lemmatiser gives "hop" for "hoped": the written form still finds the phrase
        ("The ferry crews hoped for a quick deal.", "hoped for", "a quick deal", "The ferry crews", "want"),
    ],
)
def test_a_phrase_governs_its_statement(
    nlp: Language, text: str, cue: str, content: str, speaker: str, cue_class: str
) -> None:
    assert statement(nlp, text, cue) == (content, speaker, cue_class)


def test_going_out_for_something_is_no_statement(nlp: Language) -> None:
    # "came out against X" reports a stand; "came out for breakfast" does not
    assert [a for a in extract(nlp("The fishers came out for the regatta.")) if a.cue.startswith("came")] == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "cue_class"),
    [
        # "as" after an object: the object and what it is cast as; the cue is the verb
        ("Senator Ilse Dorn cast the harbour board as a club of insiders.", "cast",
         "the harbour board as a club of insiders", "assert"),
        ("The mayor framed the toll as a fair price for a safer bridge.", "framed",
         "the toll as a fair price for a safer bridge", "assert"),
        ("Lomax pitched the ferry plan as a lifeline for the islands.", "pitched",
         "the ferry plan as a lifeline for the islands", "assert"),
        # a clause hung on the phrase's last noun
        ("Councillor Brask made the point that the dam was built too fast.", "made the point",
         "that the dam was built too fast", "assert"),
        ("Mayor Tilda Varn made a commitment to hold new elections next spring.", "made a commitment",
         "to hold new elections next spring", "promise"),
    ],
)
def test_a_phrase_takes_an_object_with_its_complement_or_its_nouns_clause(
    nlp: Language, text: str, cue: str, content: str, cue_class: str
) -> None:
    found, _, found_class = statement(nlp, text, cue)
    assert (found, found_class) == (content, cue_class)


def test_a_that_clause_after_as_belongs_to_the_complement(nlp: Language) -> None:
    # not "that her plan was working" alone: that is what the figures were touted as proving
    text = "Dorn touted the harbour figures as proof that her plan was working."
    assert statement(nlp, text, "touted")[0] == "the harbour figures as proof that her plan was working"


def test_a_reporting_nouns_own_cue_keeps_its_clause(nlp: Language) -> None:
    # "made the case" is a phrase cue, but "case" is a reporting noun and names the cue
    text = "Councillor Brask made the case that the dam was built too fast."
    assert statement(nlp, text, "case")[0] == "that the dam was built too fast"
