"""Headlines: telegraphic shapes the parser misreads (fictional sentences)."""

from __future__ import annotations

from test_attribution_frames import statements

BODY = "\n\nThe council met on Monday in the town hall."


def test_headline_verb_read_as_plural_noun(nlp) -> None:
    # "champions" after the name is the headline's verb, not a plural noun
    doc = nlp("Tova Renk champions (rural) ferry ports." + BODY)
    assert ("(rural) ferry ports", "Tova Renk") in statements(doc, "champions")


def test_plural_noun_subject_in_headline_is_no_verb(nlp) -> None:
    # "attacks" is the subject of "test": a noun, and no statement
    doc = nlp("Velden attacks test the mayor's plan." + BODY)
    assert statements(doc, "attacks") == []


def test_headline_name_on_question(nlp) -> None:
    doc = nlp("Ana Ruiz on why the ferry must stay." + BODY)
    assert ("why the ferry must stay", "Ana Ruiz") in statements(doc, "on")


def test_headline_name_on_topic_claims_nothing(nlp) -> None:
    # a topic alone, with no question, says nothing
    doc = nlp("Ana Ruiz on the ferry plan." + BODY)
    assert statements(doc, "on") == []


def test_headline_closing_participle_is_passive(nlp) -> None:
    # "was" left out: what was assailed is the statement, by no one named
    doc = nlp("The mayor's ferry plan assailed." + BODY)
    assert ("The mayor's ferry plan", None) in statements(doc, "assailed")


def test_closing_past_tense_in_running_text_stays_active(nlp) -> None:
    doc = nlp("The mayor's ferry plan assailed. The council met on Monday.")
    assert statements(doc, "assailed") == []


def test_line_closing_on_a_colon_is_no_headline_passive(nlp) -> None:
    text = "Tom Brevik stated:\n\n\"The ferry tax must go.\"\n\nThe council met on Monday."
    [said] = [a for a in statements(nlp(text), "stated")]
    assert said[1] == "Tom Brevik"


def test_headline_phrase_after_named_target_is_circumstance(nlp) -> None:
    doc = nlp("Malk endorses Tova Renk with a nod from the guild." + BODY)
    assert ("Tova Renk", "Malk") in statements(doc, "endorses")
