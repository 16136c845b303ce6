"""Who speaks as "a group calling itself X" is X, not a body named before;
"spokesman Piet Varga" with no body of his own speaks for the body the text
was just about. Every sentence is invented (actors.mentions, within)."""

from __future__ import annotations

import pytest

from test_actors_spill34 import speakers_across

from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
from rashomon.actors.index import KnownActor
from rashomon.attribution import extract
from rashomon.nlp import load_pipeline

pytestmark = pytest.mark.slow


def speakers_by_name(text: str) -> dict[str, KnownActor]:
    """The actors the stage's own statements of one document resolve to, by name."""
    doc = load_pipeline()(text)
    attributions = extract(doc)
    index = ActorIndex()
    found = resolve_document("d", mentions_from_doc(doc, attributions), index).speakers()
    return {a.name: a for a in (index.get(found[i] or "") for i in range(len(attributions))) if a is not None}

BREACH = (
    "Harl Freight denied that its systems had been breached. A group calling itself Grey Lantern said it had "
    "taken the data of a million customers. A man known as Captain Orr said the files were genuine."
)


def test_the_name_a_speaker_goes_by_is_who_speaks() -> None:
    names = speakers_across((BREACH, ("Harl Freight", "A group calling itself Grey Lantern", "A man known as Captain Orr")))
    assert names == [["Harl Freight", "Grey Lantern", "Orr"]]


def test_a_bare_spokesman_speaks_for_the_body_just_before_him() -> None:
    by_name = speakers_by_name('The Tessaly health ministry denied the report. "It is false," spokesman Karl Enns said. '
                               'Later, opposition spokesman Teo Varn said it was true.')
    ministry = next(a for name, a in by_name.items() if "ministry" in name.lower())
    assert by_name["Karl Enns"].affiliation == ministry.id
    assert by_name["Teo Varn"].affiliation is None


def test_he_after_a_role_is_the_person_in_that_role() -> None:
    names = speakers_across((
        "The chief executive of Harl Freight said on Monday that the depot would close. He said the decision was final.",
        ("The chief executive of Harl Freight", "He"),
    ))
    assert names == [["chief executive (Harl Freight)", "chief executive (Harl Freight)"]]


def test_the_companys_director_works_for_the_company_the_text_is_about() -> None:
    """The body the text is about (its subject, named for two statements), not the
    last name the tagger took for a body ("the block in Oster")."""
    text = ("Harl Properties insisted on Sunday that the collapsed block in Oster was structurally sound, and suggested "
            "that roadworks next door had weakened it. \"The building was inspected in March,\" the company's managing "
            "director, Emil Sand, told reporters.")
    actors = speakers_by_name(text)
    assert actors["Emil Sand"].affiliation == actors["Harl Properties"].id


def test_a_company_spokeswoman_speaks_for_the_company_the_text_is_about() -> None:
    names = speakers_across((
        "Marrow Rail denied the union's claim. A company spokeswoman said the line had been inspected in August.",
        ("Marrow Rail", "A company spokeswoman"),
    ))
    assert names == [["Marrow Rail", "spokesperson (Marrow Rail)"]]


def test_a_dateline_of_two_words_in_capitals_is_a_place(nlp) -> None:  # noqa: ANN001
    text = "\nHOLLIN CROSS, Oct. 7 (Pellow Wire) - A train derailed near Hollin Cross on Tuesday, the police said."
    places = {m.text: (m.kind, m.form) for m in mentions_from_doc(nlp(text), [])}
    assert places["HOLLIN CROSS"] == ("unknown", "place")


def test_a_chief_executive_with_no_body_named_is_the_one_just_named() -> None:
    text = ("Vellum Home said on Monday it was recalling 200,000 heaters. Chief executive Oren Talb said the "
            "company had been too quick to defend the product. President Ana Volk said she regretted it.")
    actors = speakers_by_name(text)
    assert actors["Oren Talb"].affiliation == actors["Vellum Home"].id
    assert actors["Ana Volk"].affiliation is None  # a president is no company's officer


def test_a_first_name_alone_is_the_person_of_that_name() -> None:
    text = ("Sprint champion Kaja Orlov tested positive for a banned stimulant at a meeting in Velt on April 12, the "
            "national athletics federation announced on Tuesday.\n\nOrlov, 24, has been provisionally suspended. Her "
            "lawyer, Teodor Haas, said she had never knowingly taken a banned substance.\n\n"
            '"Kaja is devastated. She has always competed clean," Haas told reporters outside the federation\'s offices in Calder.')
    doc = load_pipeline()(text)
    index = ActorIndex()
    resolve_document("d", mentions_from_doc(doc, extract(doc)), index)
    assert "Kaja" not in {actor.name for actor in index}


def test_a_lawyer_is_a_role() -> None:
    names = speakers_across(("Orlov's lawyer said the sprinter accepted the result.", ("Orlov's lawyer",)))
    assert names == [["lawyer (Orlov)"]]


def test_her_lawyer_named_once_is_her_lawyer_in_a_later_article() -> None:
    names = speakers_across(
        ("Sprinter Kaja Orlov was suspended on Tuesday. Her lawyer, Teodor Haas, said she would appeal.",
         ("Her lawyer, Teodor Haas",)),
        ("The B sample confirmed the result. Kaja Orlov's lawyer said the sprinter accepted it.", ("Kaja Orlov's lawyer",)),
    )
    assert names == [["Teodor Haas"], ["Teodor Haas"]]
