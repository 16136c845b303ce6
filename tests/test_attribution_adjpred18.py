"""Stances stated with "be" and an adjective, a preposition or a noun
(adjpred18), each kept for a net gain on train overlap and exact: lexicon
lines ("bent on", "is against", "is on board with", "a booster of"), a
group among a noun's owners ("were among the first backers of"), a "by"
the parser reads as an agent, a participle it reads as a passive ("are
divided on Y"), and an adjective with a subject of its own ("with many
worried that ...", "it made me wary of Y")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The crews were bent on closing the quay.", "bent on", "closing the quay", "The crews"),
        ("The ferry guild is leery about raising fares.", "leery about", "raising fares", "The ferry guild"),
        ("Many fishers are distrustful of the harbour board.", "distrustful of", "the harbour board", "Many fishers"),
        ("Tova Renk is uncomfortable on fishing quotas.", "uncomfortable on", "fishing quotas", "Tova Renk"),
        ("The Velden council was content to wait for the survey.", "content", "to wait for the survey", "The Velden council"),
        ("Councillor Ivo Renk is against closing the quay.", "is against", "closing the quay", "Councillor Ivo Renk"),
        ("The harbour board is not on board with the new levy.", "is not on board with", "the new levy", "The harbour board"),
        ("Mayor Ana Dorn is in favor of a later toll.", "is in favor of", "a later toll", "Mayor Ana Dorn"),
        ("Velden and Kestle are in a bitter dispute over the fishing grounds.", "are in a bitter dispute over",
         "the fishing grounds", "Velden and Kestle"),
        ("Tilda Marsk was an early booster of the ferry plan.", "booster of", "the ferry plan", "Tilda Marsk"),
        ("Ivo Renk is a tireless campaigner for the night ferry.", "campaigner for", "the night ferry", "Ivo Renk"),
    ],
)
def test_stance_lines(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert (content, speaker) in statements(nlp(text), cue)


def test_among_the_owners_of_a_stance_noun(nlp: Language) -> None:
    doc = nlp("The ferry guilds were among the earliest supporters of Tova Renk.")
    assert statements(doc, "supporters of") == [("Tova Renk", "The ferry guilds")]


def test_by_read_as_an_agent(nlp: Language) -> None:
    # the parser hangs "by" on the adjective as a passive's agent
    doc = nlp("Ana Dorn isn't too impressed by the harbour plan.")
    assert statements(doc, "isn't too impressed by") == [("the harbour plan", "Ana Dorn")]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The crews are divided on the toll.", "divided on", "the toll", "The crews"),
        ("The voters are split on whether the next mayor should be a fisher.", "split on",
         "whether the next mayor should be a fisher", "The voters"),
    ],
)
def test_participle_read_as_a_passive(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The ferry has stopped, with many worried that the quay will never reopen.", "worried",
         "that the quay will never reopen", "many"),
        ("The mayor's words made me wary of the plan.", "wary of", "the plan", "me"),
    ],
)
def test_adjective_with_a_subject_of_its_own(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_title_before_a_name_is_no_stance(nlp: Language) -> None:
    # the parser makes "Harbour Party" the subject of "hopeful" and the rest its clause
    assert statements(nlp("Harbour Party hopeful Ana Dorn has waded into the ferry debate."), "hopeful") == []
