"""Cues whose content lies on the other side of the verb from the usual:
a relative word standing for what was said ("the deal, which he called a
betrayal"), and a relative subject that is the speaker, not the content."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


def parts(text: str, doc_text: str, cue: str, nlp: Language) -> list[list[str]]:
    """The content pieces, as written, of each statement with this cue."""
    return [
        [doc_text[a:b] for a, b in item.content_parts or [item.content_span]]
        for item in extract(nlp(text))
        if item.cue == cue
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Mr. Pell rejected the deal, which he called a betrayal.", "called", ["which", "a betrayal"]),
        ("The senator criticized the plan, which she described as a disaster.", "described", ["which", "as a disaster"]),
        ("The council dropped the levy, which Ms. Orr blamed for the slump.", "blamed", ["which", "for the slump"]),
        # no complement: the relative word alone
        ("Ms. Orr repeated the rumour, which Mr. Pell denied.", "denied", ["which"]),
    ],
)
def test_a_relative_object_and_its_complement(nlp: Language, text: str, cue: str, content: list[str]) -> None:
    assert parts(text, text, cue, nlp) == [content]


def test_a_relative_subject_speaks_and_is_not_the_content(nlp: Language) -> None:
    # "farmers who believe in ...": the farmers hold the belief, they are not its content
    text = "The mayor met farmers who believe in lower tariffs."
    assert all(content != ["farmers"] for content in parts(text, text, "believe", nlp))


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a relative clause with no relative word stands on the noun before it
        ("These are the reforms Ms. Orr vowed to pass.", "vowed", ["the reforms", "to pass"]),
        ("Police opened a probe Mr. Pell said was long overdue.", "said", ["a probe", "was long overdue"]),
    ],
)
def test_a_noun_before_a_zero_relative_cue(nlp: Language, text: str, cue: str, content: list[str]) -> None:
    assert parts(text, text, cue, nlp) == [content]


def test_a_relative_word_keeps_the_noun_out(nlp: Language) -> None:
    text = "She backed the bill, which Mr. Pell vowed to block."
    [content] = parts(text, text, "vowed", nlp)
    assert "bill" not in " ".join(content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a clause before the cue is a neighbouring sentence when the object
        # after the cue is completed: the object is what was said, not whom to
        ("The vote was rigged, Mr. Pell urged Ms. Orr to resign.", "urged", ["Ms. Orr to resign"]),
        ("The vote was rigged, Mr. Pell described Ms. Orr as a cheat.", "described", ["Ms. Orr as a cheat"]),
    ],
)
def test_a_completed_object_is_no_addressee(nlp: Language, text: str, cue: str, content: list[str]) -> None:
    assert parts(text, text, cue, nlp) == [content]


def test_a_participle_misread_as_the_main_verb(nlp: Language) -> None:
    # the parser reads "cited" as the main verb and "does not exist" as its
    # clause: the bureau is what was cited, by no one named
    text = "The Orvala Fairness Bureau cited in the mayor's letter does not exist."
    [item] = [a for a in extract(nlp(text)) if a.cue == "cited"]
    assert text[item.content_span[0] : item.content_span[1]] == "The Orvala Fairness Bureau"
    assert item.speaker_span is None
