"""Whose role a phrase names: "the brother of MP X" is not the MP, "Eastmere
MP" in front of a name is his role and no body, "the Gazette" alone is a
newspaper. Fictional."""

from __future__ import annotations

from spacy.language import Language

from test_actors_reported_subject import speaker_names

from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
from rashomon.attribution import extract


def test_the_brother_of_an_mp_is_not_the_mp(nlp: Language) -> None:
    text = ("Eastmere MP Daniel Forsythe denied taking any payment. "
            "The brother of Eastmere MP Daniel Forsythe said the money had been paid for consultancy work.")
    names = speaker_names(nlp, text)
    assert names["taking any payment"] == "Daniel Forsythe"
    assert names["the money had been paid for consultancy work"] is None  # an unnamed source, not the MP


def test_a_constituency_and_role_before_a_name_is_no_body(nlp: Language) -> None:
    doc = nlp("Eastmere MP Daniel Forsythe denied taking any payment.")
    index = ActorIndex()
    resolve_document("d", mentions_from_doc(doc, extract(doc)), index)
    assert [(a.name, a.kind) for a in index.actors.values()] == [("Daniel Forsythe", "person")]


def test_the_gazette_alone_is_a_newspaper(nlp: Language) -> None:
    doc = nlp("The Gazette reported last week that Holm Construction had paid the money.")
    index = ActorIndex()
    speakers = resolve_document("d", mentions_from_doc(doc, extract(doc)), index).speakers()
    gazette = index.get(speakers[0] or "")
    assert gazette is not None and (gazette.name, gazette.kind) == ("Gazette", "organization")


def test_a_name_after_the_comma_with_the_body_it_is_of_is_the_speaker(nlp: Language) -> None:
    text = "The effect was large, said the study's lead author, Professor Maren Holt of Tessaly University."
    assert speaker_names(nlp, text) == {"The effect was large": "Maren Holt"}
