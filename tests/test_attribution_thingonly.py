"""Verbs that report only a clause ("add", "find", "publish") say nothing
about the thing they were done to: a participle or passive of such a verb with
a noun and no clause is no statement."""

from __future__ import annotations

from spacy.language import Language

from rashomon.attribution import extract


def cues(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(a.cue or "", doc.text[a.content_span[0] : a.content_span[1]]) for a in extract(doc)]


def test_participle_of_a_clause_verb_is_no_statement(nlp: Language) -> None:
    assert cues(nlp, "A clause added by the council limits the ferry levy.") == []


def test_passive_of_a_clause_verb_with_a_noun_is_no_statement(nlp: Language) -> None:
    assert cues(nlp, "The missing trawler was found near the northern pier.") == []
    assert cues(nlp, "The harbour survey was published in the spring.") == []


def test_passive_with_a_clause_is_still_a_statement(nlp: Language) -> None:
    found = cues(nlp, "It was found that the ferry levy had been miscounted.")
    assert any(content == "that the ferry levy had been miscounted" for _, content in found)


def test_passive_with_an_infinitive_is_still_a_statement(nlp: Language) -> None:
    found = cues(nlp, "The harbour board was found to have broken the tender rules.")
    assert found, "a finding about the board is a statement"


def test_coordinated_reduced_relative_is_not_the_speaker_of_the_predicate(nlp: Language) -> None:
    # the parser reads "agreed" as a finite verb whose clause is the real predicate
    found = cues(nlp, "The two ports have traded blame along the disputed coast since the autumn, and a ceasefire agreed in January has repeatedly broken down.")
    assert all("broken down" not in content for _, content in found)
