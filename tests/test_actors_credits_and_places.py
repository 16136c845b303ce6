"""Names that are no actors in the story, and bodies known by a whole phrase:
- the article's own writers, on a byline ("By Tamsin Orrel") or a credit line
  ("Reporting by X; Editing by Y");
- a town the recogniser calls an organisation where it only qualifies
  something ("the Marlow residents' association" after "a plant in Marlow";
  "its Marlow plant");
- "the fire brigade", a body the lexicon holds whole, is an actor though the
  story never names it.
Every sentence is invented (rashomon.actors.mentions, resolve)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span
from test_actors_spill34 import speakers_across

from rashomon.actors import mentions_from_doc
from rashomon.actors.mentions import span_mention

pytestmark = pytest.mark.slow

STORY = (
    "By Tamsin Orrel\n\n"
    "A fire broke out at the Quillon Chemicals plant in Marlow late on Thursday.\n\n"
    "Ines Harrow, who chairs the Marlow residents' association, said the evacuation order came too late.\n\n"
    "Reporting by Tamsin Orrel; Editing by Pell Dunmore"
)


def names(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.kind, m.form) for m in mentions_from_doc(nlp(text), [])}


def test_the_writers_on_the_byline_and_the_credit_line_are_no_mentions(nlp) -> None:
    found = names(nlp, STORY)
    assert "Tamsin Orrel" not in found and "Pell Dunmore" not in found
    assert found["Ines Harrow"] == ("person", "name")


def test_a_name_in_a_sentence_that_opens_with_by_is_still_a_mention(nlp) -> None:
    text = "By Friday, Ines Harrow had written to the council twice."
    assert names(nlp, text)["Ines Harrow"] == ("person", "name")


def test_a_town_the_text_places_is_no_body_where_it_qualifies_one(nlp) -> None:
    assert names(nlp, STORY)["Marlow"] == ("unknown", "place")


def test_a_name_between_a_possessor_and_its_noun_says_where(nlp) -> None:
    text = "Quillon Chemicals admitted that chlorine escaped during the fire at its Marlow plant."
    assert "Marlow" not in {m.text for m in mentions_from_doc(nlp(text), []) if m.kind == "organization"}


def test_the_fire_brigade_unnamed_is_an_actor_of_its_own(sample_world) -> None:
    first = ("The fire brigade said the blaze was under control by 3 a.m.", ("The fire brigade",))
    later = ("The fire service said nobody had been hurt.", ("The fire service",))
    assert speakers_across(first, later) == [["fire service"], ["fire service"]]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Joss Amberly said the trawler left Carrow Point on Sunday.", "Carrow Point", ("unknown", "place")),
        ("The families met at Quellin Square on Monday, Mira Coldwell said.", "Quellin Square", ("unknown", "place")),
    ],
)
def test_a_names_last_word_can_make_it_a_place(nlp, text: str, name: str, expected) -> None:
    start = text.index(name)
    mention = span_mention(nlp(text), start, start + len(name))
    assert (mention.kind, mention.form) == expected


def test_a_newspaper_the_recogniser_missed_is_a_body(nlp) -> None:
    # in a longer story the model may call it a work of art, or nothing: the proper nouns are read then
    text = "The Harbour Post reported that the ship had docked."
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if "Post" not in e.text]
    mention = span_mention(doc, 0, len("The Harbour Post"))
    assert (mention.kind, mention.name) == ("organization", "Harbour Post")


def test_a_newspapers_word_after_no_the_is_a_surname(nlp) -> None:
    text = "Ellis Post, a retired pilot, said the ship had docked."
    assert span_mention(nlp(text), 0, len("Ellis Post")).kind == "person"


def test_a_body_every_country_has_with_no_country_named_is_an_actor_of_its_own(sample_world) -> None:
    first = ("The coast guard said it had received a distress call on Sunday.", ("The coast guard",))
    later = ("The coast guard said the search would go on.", ("The coast guard",))
    assert speakers_across(first, later) == [["coast guard"], ["coast guard"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A footbridge collapsed in Dunmere on Saturday, the health authority said.", "Dunmere"),
        ("The mayor of Dunmere, Elin Vasko, said the bridge had been inspected.", "Dunmere"),
        ("A footbridge over the river Oss collapsed on Saturday, the health authority said.", "Oss"),
    ],
)
def test_a_lone_name_the_sentence_uses_as_a_place_is_no_person(nlp, text: str, name: str) -> None:
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if e.text != name] + [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == name]
    found = {m.text: (m.kind, m.form) for m in mentions_from_doc(doc, [])}
    assert found[name] == ("unknown", "place")


def test_a_lone_name_after_a_place_noun_is_a_place_whatever_its_label(nlp) -> None:
    doc = nlp("Grain spilled beside the river Ambel on Tuesday.")
    doc.ents = [e for e in doc.ents if e.text != "Ambel"] + [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "Ambel"]
    found = {m.text: (m.kind, m.form) for m in mentions_from_doc(doc, [])}
    assert found["Ambel"] == ("unknown", "place")


def test_a_body_described_with_a_generic_word_that_speaks_is_an_actor(sample_world) -> None:
    first = ("Velmar Foods recalled two batches after the food safety agency reported finding bacteria.",
             ("the food safety agency",))
    later = ("The food safety agency said 11 children had been treated in hospital.", ("The food safety agency",))
    assert speakers_across(first, later) == [["food safety agency"], ["food safety agency"]]


def test_a_group_named_with_a_possessive_keeps_the_apostrophe_on_its_word(sample_world) -> None:
    text = "People familiar with the agency's inquiry said inspectors had found the bacteria."
    assert speakers_across((text, ("People familiar with the agency's inquiry",))) == \
        [["people familiar with the agency's inquiry"]]


def test_a_name_ending_in_an_industry_word_is_a_body_whatever_the_tag(nlp) -> None:
    text = "Velmar Foods said it was recalling two batches of its formula."
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert {m.text: m.kind for m in mentions_from_doc(doc, [])}["Velmar Foods"] == "organization"


def test_a_saints_hospital_the_recogniser_took_for_a_place_is_the_hospital_its_spokesman_speaks_for() -> None:
    text = ("Senior doctors at St Brigid's Hospital in Carrow warned managers last month. "
            "The hospital said the infections had no connection with the fault. "
            "'The ward passed every test,' a hospital spokesman said.")
    names = speakers_across((text, ("The hospital", "a hospital spokesman")))[0]
    assert names == ["St Brigid's Hospital", "spokesperson (St Brigid's Hospital)"]
